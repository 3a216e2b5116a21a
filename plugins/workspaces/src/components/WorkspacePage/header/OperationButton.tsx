import { Button, type ButtonProps } from '@material-ui/core';
import type { OperationDecision } from '@oqullus/plugin-workspaces-common';

/** The id of the visible sentence that says why an operation is refused. */
export function refusalReasonId(workspaceId: string, operation: string) {
  return `refusal-${workspaceId}-${operation}`;
}

/**
 * A button for one operation, enabled only when the lifecycle machine allows
 * it; when refused it points at the visible reason (aria-describedby) so
 * assistive technology reads why.
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
  const { workspaceId, operation, decision, busy, label, ...buttonProps } =
    props;
  return (
    <Button
      variant="outlined"
      {...buttonProps}
      disabled={!decision.allowed || busy}
      aria-describedby={
        decision.allowed ? undefined : refusalReasonId(workspaceId, operation)
      }
    >
      {label}
    </Button>
  );
}
