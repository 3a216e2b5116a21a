import {
  Button,
  Tooltip,
  Typography,
  type ButtonProps,
} from '@material-ui/core';
import type { OperationDecision } from '@oqullus/plugin-workspaces-common';

/** The id of the sentence that says why an operation is refused. */
export function refusalReasonId(workspaceId: string, operation: string) {
  return `refusal-${workspaceId}-${operation}`;
}

/**
 * A button for one operation, usable only when the lifecycle machine allows
 * it. A refused one stays focusable (aria-disabled, not disabled) so its
 * reason shows as a tooltip on hover and on keyboard focus, and screen readers
 * hear it through aria-describedby.
 */
export function OperationButton(
  props: {
    workspaceId: string;
    operation: string;
    decision: OperationDecision;
    busy: boolean;
    label: string;
  } & Pick<ButtonProps, 'onClick' | 'color' | 'variant' | 'startIcon'>,
) {
  const {
    workspaceId,
    operation,
    decision,
    busy,
    label,
    onClick,
    ...buttonProps
  } = props;
  if (decision.allowed) {
    return (
      <Button
        variant="outlined"
        {...buttonProps}
        disabled={busy}
        onClick={onClick}
      >
        {label}
      </Button>
    );
  }
  const reasonId = refusalReasonId(workspaceId, operation);
  return (
    <>
      <Tooltip title={decision.reason}>
        <Button
          variant="outlined"
          {...buttonProps}
          color="default"
          aria-disabled="true"
          aria-describedby={reasonId}
          // Looks disabled, yet keeps focus so the tooltip can be reached.
          className="Mui-disabled"
          disableRipple
          onClick={event => event.preventDefault()}
        >
          {label}
        </Button>
      </Tooltip>
      <Typography variant="srOnly" id={reasonId}>
        {decision.reason}
      </Typography>
    </>
  );
}
