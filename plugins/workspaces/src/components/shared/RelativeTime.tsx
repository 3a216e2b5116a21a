import { Tooltip } from '@material-ui/core';

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago", in the largest unit that fits. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return iso;
}

/** A time shown as "3 minutes ago", with the exact time on hover. */
export function RelativeTime(props: { iso: string }) {
  return (
    <Tooltip title={new Date(props.iso).toLocaleString()}>
      <time dateTime={props.iso}>{relativeTime(props.iso)}</time>
    </Tooltip>
  );
}
