import { useState } from 'react';
import { Box, Button, TextField, Typography } from '@material-ui/core';
import {
  entityRefSchema,
  type MemberRole,
} from '@oqullus/plugin-workspaces-common';
import { RoleSelect } from './RoleSelect';

/** Adds a user or group by entity ref; the ref is checked with the API's own rules. */
export function AddMemberForm(props: {
  busy: boolean;
  onAdd: (ref: string, role: MemberRole) => Promise<boolean>;
}) {
  const [ref, setRef] = useState('');
  const [role, setRole] = useState<MemberRole>('viewer');
  const [touched, setTouched] = useState(false);
  const parsed = entityRefSchema.safeParse(ref);
  const problem = parsed.success ? undefined : parsed.error.issues[0]?.message;

  const submit = async () => {
    setTouched(true);
    if (!parsed.success) {
      return;
    }
    if (await props.onAdd(parsed.data, role)) {
      setRef('');
      setTouched(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="add-member-heading"
      onSubmit={event => {
        event.preventDefault();
        submit();
      }}
    >
      <Typography id="add-member-heading" variant="subtitle2" component="p">
        Add a member
      </Typography>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        style={{ gap: 16 }}
      >
        <Box flex="1 1 280px">
          <TextField
            id="add-member-ref"
            fullWidth
            size="small"
            variant="outlined"
            margin="dense"
            label="User or group"
            placeholder="user:default/jane or group:default/platform-team"
            value={ref}
            onChange={event => setRef(event.target.value)}
            onBlur={() => setTouched(Boolean(ref))}
            error={touched && Boolean(problem)}
            helperText={
              (touched && problem) || 'An entity reference of a user or group'
            }
          />
        </Box>
        <Box mt={1}>
          <RoleSelect
            id="add-member-role"
            label="Role"
            value={role}
            disabled={props.busy}
            onChange={setRole}
          />
        </Box>
        <Box mt={1}>
          <Button
            type="submit"
            variant="outlined"
            color="primary"
            disabled={props.busy}
          >
            Add member
          </Button>
        </Box>
      </Box>
    </form>
  );
}
