import type { EventKind } from '../../data/types';

/** How each kind of event looks and reads. Colours keep ≥ 4.5:1 against white text. */
export const KIND_STYLE: Record<EventKind, { colour: string; label: string }> = {
  demolition: { colour: '#b3261e', label: 'Demolition' },
  attack: { colour: '#8c1d18', label: 'Attack' },
  incursion: { colour: '#7a2e12', label: 'Incursion' },
  defection: { colour: '#00667a', label: 'Defection' },
  drone: { colour: '#5b3a8c', label: 'Drone' },
  loudspeaker: { colour: '#7a3b6b', label: 'Loudspeakers' },
  agreement: { colour: '#2f6b3a', label: 'Agreement' },
  suspension: { colour: '#6b5200', label: 'Suspension' },
  meeting: { colour: '#28613d', label: 'Meeting' },
  incident: { colour: '#4b5563', label: 'Incident' },
  statement: { colour: '#1f5fa8', label: 'Statement' },
  threat: { colour: '#a4400b', label: 'Threat' },
  diplomacy: { colour: '#2f6b3a', label: 'Diplomacy' },
  'leaflet-launch': { colour: '#8a2a8f', label: 'Leaflet launch' },
  'military-move': { colour: '#6b3d1e', label: 'Military move' },
  closure: { colour: '#4a5563', label: 'Closure' },
  opening: { colour: '#0f6b6b', label: 'Opening' },
  'communication-cut': { colour: '#7a4b00', label: 'Communication cut' },
  reporting: { colour: '#3d4f7a', label: 'Reporting' },
  legal: { colour: '#55407a', label: 'Legal action' },
  other: { colour: '#4b5563', label: 'Other' },
};

export function kindStyle(kind: string) {
  return KIND_STYLE[kind as EventKind] ?? KIND_STYLE.other;
}
