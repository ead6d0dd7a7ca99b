/** `\r1,204/2,225 files · 1,020/s · 1 s left`, redrawn at most ten times a second. */
export class Progress {
  private done = 0
  private lastDraw = 0
  private readonly started = performance.now()

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
  ) {}

  tick(): void {
    this.done++
    const now = performance.now()
    if (now - this.lastDraw < 100 && this.done < this.total) return
    this.lastDraw = now
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    const left = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0
    this.write(
      `\r\u001b[2K${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} files · ${Math.round(rate).toLocaleString('en')}/s · ${left} s left`,
    )
  }

  clear(): void {
    this.write('\r\u001b[2K')
  }
}
