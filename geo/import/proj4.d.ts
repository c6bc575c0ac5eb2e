// proj4 is installed only with the import packages (npm run geo:import installs geo/import/); this
// declaration of the one call the import makes lets the type check pass without them.
declare module 'proj4' {
  interface Converter {
    forward(p: [number, number]): [number, number];
  }
  function proj4(from: string, to: string): Converter;
  export default proj4;
}
