import {
  Box,
  Chip,
  MenuItem,
  TextField,
  Typography,
  makeStyles,
} from '@material-ui/core';
import {
  eventKindLabels,
  eventKinds,
  eventLevelLabels,
  eventLevels,
  type EventCounts,
} from './eventKinds';
import {
  toggled,
  type EventFilterState,
  type EventOrder,
} from './EventFilterState';
import { LevelIcon } from './LevelIcon';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.75),
    margin: 0,
    padding: 0,
    border: 0,
  },
  legend: {
    marginRight: theme.spacing(0.5),
    padding: 0,
    float: 'left',
  },
  order: { minWidth: 160 },
}));

/**
 * Order and the kind and level chips. A chip shows how many events it
 * stands for and reads as pressed while its events are shown.
 */
export function EventFilters(props: {
  filter: EventFilterState;
  counts: EventCounts;
  onChange: (filter: EventFilterState) => void;
}) {
  const { filter, counts, onChange } = props;
  const classes = useStyles();
  return (
    <Box className={classes.bar}>
      <TextField
        select
        id="workspace-events-order"
        label="Order"
        variant="outlined"
        size="small"
        className={classes.order}
        value={filter.order}
        onChange={e =>
          onChange({ ...filter, order: e.target.value as EventOrder })
        }
      >
        <MenuItem value="newest">Newest first</MenuItem>
        <MenuItem value="oldest">Oldest first</MenuItem>
      </TextField>
      <fieldset className={classes.group}>
        <Typography
          component="legend"
          variant="body2"
          className={classes.legend}
        >
          Kind
        </Typography>
        {eventKinds.map(kind => (
          <Chip
            key={kind}
            size="small"
            clickable
            label={`${eventKindLabels[kind]} (${counts.byKind[kind]})`}
            color={filter.kinds.has(kind) ? 'primary' : 'default'}
            variant={filter.kinds.has(kind) ? 'default' : 'outlined'}
            aria-pressed={filter.kinds.has(kind)}
            onClick={() =>
              onChange({ ...filter, kinds: toggled(filter.kinds, kind) })
            }
          />
        ))}
      </fieldset>
      <fieldset className={classes.group}>
        <Typography
          component="legend"
          variant="body2"
          className={classes.legend}
        >
          Level
        </Typography>
        {eventLevels.map(level => (
          <Chip
            key={level}
            size="small"
            clickable
            icon={<LevelIcon level={level} fontSize="inherit" decorative />}
            label={`${eventLevelLabels[level]} (${counts.byLevel[level]})`}
            color={filter.levels.has(level) ? 'primary' : 'default'}
            variant={filter.levels.has(level) ? 'default' : 'outlined'}
            aria-pressed={filter.levels.has(level)}
            onClick={() =>
              onChange({ ...filter, levels: toggled(filter.levels, level) })
            }
          />
        ))}
      </fieldset>
    </Box>
  );
}
