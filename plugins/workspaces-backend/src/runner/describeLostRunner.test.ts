import type { LeasedJob } from '../database/JobQueueStore';
import { describeLostRunner } from './describeLostRunner';

const job = { leaseOwner: 'host-a:4121:1a2b3c4d' } as LeasedJob;
const lost = 'runner lost: host-a:4121:1a2b3c4d stopped while the job ran.';

describe('describeLostRunner', () => {
  it('says Terraform saved its state when it was found, interrupted and stopped', () => {
    expect(
      describeLostRunner({
        job,
        stopped: { interrupted: [77], killed: [] },
        inFlight: ['terraform_data.storage (create)'],
        secured: [],
        cancelGraceMs: 30_000,
      }),
    ).toBe(
      `${lost} Terraform, still running on this host, was interrupted and saved its state. Run the operation again to go on from the state.`,
    );
  });

  it('names the resources that may exist outside the state when Terraform died with its runner', () => {
    expect(
      describeLostRunner({
        job,
        stopped: { interrupted: [], killed: [] },
        inFlight: [
          'terraform_data.storage (create)',
          'aws_s3_bucket.lake (update)',
        ],
        secured: [],
        cancelGraceMs: 30_000,
      }),
    ).toBe(
      `${lost} Terraform stopped with it (or ran on another host) and could not save its state at the end: resources it was changing may exist outside the state: terraform_data.storage (create), aws_s3_bucket.lake (update); check them in the cloud before you run the operation again, or they may be created twice.`,
    );
  });

  it('says so when Terraform had to be killed, and what became of a state it could not save', () => {
    expect(
      describeLostRunner({
        job,
        stopped: { interrupted: [77], killed: [77] },
        inFlight: [],
        secured: [
          'The runner pushed that state of infrastructure into the storage (serial 4): nothing is lost.',
        ],
        cancelGraceMs: 30_000,
      }),
    ).toBe(
      `${lost} Terraform, still running on this host, did not stop within 30 s of the interrupt and was killed: it was not changing any resource, so the state is complete. Run the operation again to go on from the state. The runner pushed that state of infrastructure into the storage (serial 4): nothing is lost.`,
    );
  });
});
