import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Typography, makeStyles } from '@material-ui/core';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import type { JobLogChunk } from '@oqullus/plugin-workspaces-common';
import { logLineId } from './LogLines';
import { LOG_LINES_PER_PAGE, LogSectionView } from './LogSectionView';
import { sectionsOf, type LogSection } from './terraformLog';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
  lines: {
    maxHeight: 560,
    overflowY: 'auto',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.background.paper,
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  },
}));

function firstErrorOf(sections: LogSection[]) {
  for (const section of sections) {
    const inInit = section.init.find(line => line.level === 'error');
    if (inInit) {
      return {
        line: inInit,
        sectionKey: section.key,
        inInit: true,
        fromEnd: 0,
      };
    }
    const index = section.lines.findIndex(line => line.level === 'error');
    if (index >= 0) {
      return {
        line: section.lines[index],
        sectionKey: section.key,
        inInit: false,
        fromEnd: section.lines.length - index,
      };
    }
  }
  return undefined;
}

/**
 * The log for people: one section per step, Terraform's messages with their time and
 * level, errors marked and one click away.
 */
export function TerraformLogView(props: {
  logId: string;
  chunks: JobLogChunk[];
  following: boolean;
}) {
  const { logId, chunks, following } = props;
  const classes = useStyles();
  const sections = useMemo(() => sectionsOf(chunks), [chunks]);
  const firstError = useMemo(() => firstErrorOf(sections), [sections]);
  const errorCount = useMemo(
    () =>
      sections.reduce(
        (sum, s) =>
          sum +
          [...s.init, ...s.lines].filter(line => line.level === 'error').length,
        0,
      ),
    [sections],
  );
  // Only what someone changed is kept; an init that went wrong opens by itself.
  const [initOpen, setInitOpen] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<Record<string, number>>({});
  const [target, setTarget] = useState<number>();
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);

  const isInitOpen = (section: LogSection) =>
    initOpen[section.key] ?? section.init.some(line => line.level === 'error');
  const shownIn = (section: LogSection) =>
    shown[section.key] ?? LOG_LINES_PER_PAGE;

  const jumpToFirstError = () => {
    if (!firstError) return;
    const place = firstError;
    if (place.inInit) {
      setInitOpen(previous => ({ ...previous, [place.sectionKey]: true }));
    } else {
      setShown(previous => ({
        ...previous,
        [place.sectionKey]: Math.max(
          previous[place.sectionKey] ?? LOG_LINES_PER_PAGE,
          place.fromEnd,
        ),
      }));
    }
    setTarget(firstError.line.number);
  };

  useEffect(() => {
    if (target === undefined) return;
    const line = document.getElementById(logLineId(logId, target));
    line?.scrollIntoView?.({ block: 'center' });
    line?.focus({ preventScroll: true });
    setTarget(undefined);
  }, [target, logId]);

  // While the job runs, new lines stay in view unless the reader scrolled up.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (following && element && atBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [sections, following]);

  return (
    <>
      <div className={classes.bar}>
        <Typography variant="body2" component="p">
          {errorCount === 0
            ? 'No errors'
            : `${errorCount.toLocaleString()} ${
                errorCount === 1 ? 'error' : 'errors'
              }`}
        </Typography>
        {firstError && (
          <Button
            size="small"
            variant="outlined"
            startIcon={<ErrorOutlineIcon />}
            onClick={jumpToFirstError}
          >
            Jump to first error (line {firstError.line.number})
          </Button>
        )}
      </div>
      <div
        ref={scroller}
        className={classes.lines}
        role="region"
        aria-label="Terraform log lines"
        // A scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-testid="job-log"
        onScroll={event => {
          const element = event.currentTarget;
          atBottom.current =
            element.scrollHeight - element.scrollTop - element.clientHeight <
            40;
        }}
      >
        {sections.map(section => (
          <LogSectionView
            key={section.key}
            logId={logId}
            section={section}
            initOpen={isInitOpen(section)}
            onToggleInit={() =>
              setInitOpen(previous => ({
                ...previous,
                [section.key]: !isInitOpen(section),
              }))
            }
            shown={shownIn(section)}
            onShowEarlier={() =>
              setShown(previous => ({
                ...previous,
                [section.key]: shownIn(section) + LOG_LINES_PER_PAGE,
              }))
            }
          />
        ))}
      </div>
    </>
  );
}
