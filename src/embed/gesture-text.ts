/** Our words for MapLibre's cooperative-gesture hints (embed mode: the page scrolls, the map waits). */
export const GESTURE_TEXT = {
  'CooperativeGesturesHandler.WindowsHelpText':
    'Scrolling moves the page. To zoom the map, hold Ctrl while scrolling, or open it full screen.',
  'CooperativeGesturesHandler.MacHelpText':
    'Scrolling moves the page. To zoom the map, hold ⌘ while scrolling, or open it full screen.',
  'CooperativeGesturesHandler.MobileHelpText':
    'One finger scrolls the page. Use two fingers to move the map.',
  'FullscreenControl.Enter': 'Show the map full screen',
  'FullscreenControl.Exit': 'Leave full screen',
} as const;
