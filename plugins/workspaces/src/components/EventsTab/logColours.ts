import type { Theme } from '@material-ui/core';

/**
 * Colours of the log's levels, text on background, each pair at least 4.5:1 (WCAG AA)
 * in both palettes; the line number and time keep that contrast on an error's
 * background too, which the theme's secondary text does not.
 */
export function logColours(theme: Theme) {
  const dark = theme.palette.type === 'dark';
  return dark
    ? {
        subtle: '#c4c4c4',
        error: { text: '#ffb4ab', background: 'rgba(255, 180, 171, 0.12)' },
        warn: { text: '#ffd591', background: 'rgba(255, 213, 145, 0.1)' },
        target: '#ffffff',
      }
    : {
        subtle: '#595959',
        error: { text: '#a4161a', background: '#fdecea' },
        warn: { text: '#7a4100', background: '#fff4e5' },
        target: '#000000',
      };
}
