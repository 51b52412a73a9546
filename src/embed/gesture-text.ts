/** Our words for MapLibre's cooperative-gesture hints and full-screen control (embed mode: the page scrolls, the map waits), in the reader's language. */
import { EN_I18N, type I18n } from '../i18n/i18n.ts';

export const gestureText = (i18n: I18n = EN_I18N) => ({
  'CooperativeGesturesHandler.WindowsHelpText': i18n.t('gesture.windows'),
  'CooperativeGesturesHandler.MacHelpText': i18n.t('gesture.mac'),
  'CooperativeGesturesHandler.MobileHelpText': i18n.t('gesture.mobile'),
  'FullscreenControl.Enter': i18n.t('gesture.fullscreen'),
  'FullscreenControl.Exit': i18n.t('gesture.leaveFullscreen'),
});
