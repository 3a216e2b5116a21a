/** A job step as people name it: "Infrastructure" or "App orchestrator". */
export function stepTitle(step: string): string {
  return step === 'infrastructure' ? 'Infrastructure' : `App ${step}`;
}
