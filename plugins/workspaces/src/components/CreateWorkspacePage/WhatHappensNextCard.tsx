import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';

/** Sets expectations: creating starts provisioning, approval may come first. */
export function WhatHappensNextCard() {
  return (
    <InfoCard title="What happens next">
      <Typography variant="body2" paragraph>
        Creating the workspace queues its Provision job: Terraform builds the
        infrastructure from the stack template, then applies the template&apos;s
        apps. You land on the workspace&apos;s Events tab to follow it live.
      </Typography>
      <Typography variant="body2" paragraph>
        When your role or the stack template needs approval, provisioning starts
        once an Account Owner or Admin approves the workspace.
      </Typography>
      <Typography variant="body2">
        Secrets are never entered here: the cloud credential and state storage
        hold only references to them.
      </Typography>
    </InfoCard>
  );
}
