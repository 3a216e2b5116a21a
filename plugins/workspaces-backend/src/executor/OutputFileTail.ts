import { open, type FileHandle } from 'node:fs/promises';

// How often a running process's output file is read for new lines.
const POLL_MS = 100;
const READ_BYTES = 64 * 1024;

/**
 * Reads a file another process writes, line by line, as it grows. Terraform writes its
 * output to files rather than pipes so that it outlives a backend that dies: on a broken
 * pipe it would die of SIGPIPE at its next line, mid-apply, before saving its state.
 */
export class OutputFileTail {
  private offset = 0;
  private partial = '';
  private reading: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private finished?: Promise<void>;
  private readonly decoder = new TextDecoder('utf-8');

  private constructor(
    private readonly file: FileHandle,
    private readonly onLine: (line: string) => void,
  ) {}

  /** Starts following `path`, which must exist. */
  static async follow(
    path: string,
    onLine: (line: string) => void,
  ): Promise<OutputFileTail> {
    const tail = new OutputFileTail(await open(path, 'r'), onLine);
    tail.timer = setInterval(() => void tail.readNew(), POLL_MS);
    tail.timer.unref();
    return tail;
  }

  /** Reads what is left, including a last line without a line break, and closes. */
  finish(): Promise<void> {
    this.finished ??= this.readRestAndClose();
    return this.finished;
  }

  private async readRestAndClose(): Promise<void> {
    clearInterval(this.timer);
    await this.readNew();
    await this.reading;
    const rest = this.partial + this.decoder.decode();
    if (rest.length > 0) this.onLine(rest.replace(/\r$/, ''));
    this.partial = '';
    await this.file.close();
  }

  private readNew(): Promise<void> {
    this.reading = this.reading.then(async () => {
      const buffer = Buffer.alloc(READ_BYTES);
      for (;;) {
        const { bytesRead } = await this.file.read(
          buffer,
          0,
          READ_BYTES,
          this.offset,
        );
        if (bytesRead === 0) return;
        this.offset += bytesRead;
        this.emit(
          this.decoder.decode(buffer.subarray(0, bytesRead), { stream: true }),
        );
      }
    });
    return this.reading;
  }

  private emit(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''));
  }
}
