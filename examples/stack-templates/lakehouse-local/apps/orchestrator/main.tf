# The orchestrator app: schedules pipelines against the lakehouse's storage.

variable "workspace_external_id" {
  type = string
}

variable "storage_bucket" {
  type        = string
  description = "From the infrastructure's outputs."
}

variable "network_id" {
  type        = string
  description = "From the infrastructure's outputs."
}

resource "terraform_data" "scheduler" {
  input = {
    name    = "${var.workspace_external_id}-orchestrator"
    bucket  = var.storage_bucket
    network = var.network_id
  }
}

output "orchestrator_url" {
  value = "https://${var.workspace_external_id}.orchestrator.local"
}
