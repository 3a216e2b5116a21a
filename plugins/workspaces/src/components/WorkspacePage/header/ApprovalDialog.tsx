import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import {
  APPROVAL_COMMENT_MAX_LENGTH,
  approvalDecisionSchema,
  type ApprovalDecision,
} from '@oqullus/plugin-workspaces-common';

const wording = {
  approve: {
    title: 'Approve this workspace?',
    text: 'Once approved, an operator can provision its infrastructure.',
    button: 'Approve',
  },
  reject: {
    title: 'Reject this workspace?',
    text: 'The request cannot be provisioned after a rejection. Tell the requester why, so they know what to change.',
    button: 'Reject',
  },
};

/** Approves or rejects a pending request; the shared schema decides when a comment is required. */
export function ApprovalDialog(props: {
  decision: ApprovalDecision['decision'];
  busy: boolean;
  onCancel: () => void;
  onConfirm: (decision: ApprovalDecision) => void;
}) {
  const { decision, busy, onCancel, onConfirm } = props;
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const request = { decision, ...(comment.trim() ? { comment } : {}) };
  const parsed = approvalDecisionSchema.safeParse(request);
  const problem = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const close = () => {
    setComment('');
    setTouched(false);
    onCancel();
  };
  const text = wording[decision];
  return (
    <Dialog open onClose={close} aria-labelledby="approval-dialog-title">
      <DialogTitle id="approval-dialog-title">{text.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text.text}</DialogContentText>
        <TextField
          id="approval-comment"
          fullWidth
          multiline
          minRows={3}
          variant="outlined"
          margin="dense"
          label="Comment"
          required={decision === 'reject'}
          value={comment}
          onChange={event => setComment(event.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && Boolean(problem)}
          helperText={
            (touched && problem) ||
            (decision === 'reject'
              ? 'Required: why the request is rejected'
              : `Optional; at most ${APPROVAL_COMMENT_MAX_LENGTH} characters`)
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Back</Button>
        <Button
          variant="contained"
          color={decision === 'reject' ? 'secondary' : 'primary'}
          disabled={!parsed.success || busy}
          onClick={() => parsed.success && onConfirm(parsed.data)}
        >
          {text.button}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
