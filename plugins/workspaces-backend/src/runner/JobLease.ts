import type { LoggerService } from '@backstage/backend-plugin-api';
import type { LeasedJob } from '../database/JobQueueStore';
import type {
  WorkspacesDatabase,
  WorkspacesStores,
} from '../database/WorkspacesDatabase';

/**
 * The lease this runner holds on a claimed job, through which it makes every write on
 * the job's behalf (its status and steps, the workspace's status and outputs, events,
 * log chunks). Each write is one transaction that first checks, in a guarded UPDATE,
 * that the job is still running under this runner's name. Once that fails, another
 * runner took the job over (this one's lease expired, say while its database
 * connection hung): from then on it writes nothing more for the job, and `onLost`
 * stops its Terraform, so the two runners never both write.
 */
export class JobLease {
  private lost = false;

  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      logger: LoggerService;
    },
    readonly job: LeasedJob,
    private readonly onLost: () => void = () => {},
  ) {}

  /** Whether a write found the job taken over; nothing is written for it any more. */
  get isLost(): boolean {
    return this.lost;
  }

  /**
   * Runs `work` in one transaction while this runner holds the job; undefined, having
   * written nothing, once it does not.
   */
  async write<T>(
    work: (stores: WorkspacesStores) => Promise<T>,
  ): Promise<T | undefined> {
    if (this.lost) return undefined;
    const { job } = this;
    const outcome = await this.deps.database.transaction(async stores =>
      (await stores.jobQueue.holdLease(job.id, job.leaseOwner))
        ? { held: true as const, value: await work(stores) }
        : { held: false as const },
    );
    if (outcome.held) return outcome.value;
    this.lost = true;
    this.deps.logger.warn(
      `Job ${job.id} is no longer held by runner ${job.leaseOwner} (another runner took it over once the lease ran out); this runner writes nothing more for it and stops its Terraform`,
    );
    this.onLost();
    return undefined;
  }
}
