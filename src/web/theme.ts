import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm teal: readable on a projector, not the red/green of a report card.
const leerwinst: MantineColorsTuple = [
  '#e8f6f7',
  '#d3eaec',
  '#a6d4d8',
  '#76bdc3',
  '#50aab1',
  '#389ea6',
  '#2a97a0',
  '#1b838b',
  '#0e747c',
  '#005f66',
];

export const theme = createTheme({
  primaryColor: 'leerwinst',
  primaryShade: 8,
  // Dialogs and menus appear without sliding or fading for whoever asked the system for less motion.
  respectReducedMotion: true,
  colors: { leerwinst },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
});

/**
 * Mantine's default "dimmed" grey and light badge colours fall below WCAG AA contrast (4.5:1) on
 * white; these keep the same look a shade darker.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#566069',
    '--mantine-color-green-light-color': '#1d6a2b',
    '--mantine-color-gray-light-color': '#4a535a',
    '--mantine-color-leerwinst-light-color': '#00474d',
    '--mantine-color-orange-light-color': '#8a3c00',
    '--mantine-color-red-light-color': '#9e1616',
    // Field errors: Mantine's red (#fa5252) is 3.3:1 on white.
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-blue-light-color': '#1a4f8a',
  },
  dark: {},
});
