# A stack whose apply stops half way until the test opens a gate: some resources exist
# before it, one waits at it, and the rest come after. Tests interrupt the backend while
# Terraform waits and then check that what existed was saved, and is not created again.

variable "workspace_external_id" {
  type = string
}

variable "gate_file" {
  type        = string
  description = "The apply waits at the gate until this file exists."
}

resource "terraform_data" "before_gate" {
  count = 3
  input = "${var.workspace_external_id}-before-${count.index}"
}

resource "terraform_data" "gate" {
  depends_on = [terraform_data.before_gate]
  input      = var.gate_file

  provisioner "local-exec" {
    # The files of a job are for the backend's user only; the test reads these modes.
    command = "echo \"modes: job directory $(stat -c %a ..), plan $(stat -c %a tfplan)\"; echo 'waiting at the gate'; while [ ! -e '${var.gate_file}' ]; do sleep 0.1; done; echo 'the gate is open'"
  }
}

resource "terraform_data" "after_gate" {
  count      = 2
  depends_on = [terraform_data.gate]
  input      = "${var.workspace_external_id}-after-${count.index}"
}

output "resources" {
  value = length(terraform_data.before_gate) + length(terraform_data.after_gate) + 1
}
