import { Popup, type Map as MaplibreMap, type LngLatLike, type PopupOptions } from 'maplibre-gl';
import { mount, unmount, type Component } from 'svelte';

export interface PopupHandle {
  popup: Popup;
  close(): void;
}

/**
 * Opens a MapLibre popup whose content is a Svelte component. The component renders text
 * (Svelte escapes it) and is attached with setDOMContent — never setHTML. Closing the popup
 * unmounts the component.
 */
export function openComponentPopup<P extends Record<string, unknown>>(
  map: MaplibreMap,
  at: LngLatLike,
  component: Component<P>,
  props: P,
  options: PopupOptions & { onclose?: () => void } = {},
): PopupHandle {
  const { onclose, ...popupOptions } = options;
  const el = document.createElement('div');
  const instance = mount(component, { target: el, props });
  const popup = new Popup({ maxWidth: '340px', focusAfterOpen: true, ...popupOptions }).setLngLat(at).setDOMContent(el);
  let closed = false;
  const onClose = () => {
    if (closed) return;
    closed = true;
    popup.off('close', onClose);
    void unmount(instance);
    onclose?.();
  };
  popup.on('close', onClose);
  popup.addTo(map);
  return {
    popup,
    close() {
      popup.remove(); // fires 'close'
      onClose();
    },
  };
}
