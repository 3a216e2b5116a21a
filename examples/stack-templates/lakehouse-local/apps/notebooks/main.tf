# The notebook service: analysts' notebooks on the lakehouse's query endpoint.

variable "workspace_external_id" {
  type = string
}

variable "query_endpoint" {
  type        = string
  description = "From the infrastructure's outputs."
}

resource "terraform_data" "notebooks" {
  input = {
    name     = "${var.workspace_external_id}-notebooks"
    endpoint = var.query_endpoint
  }
}

output "notebooks_url" {
  value = "https://${var.workspace_external_id}.notebooks.local"
}
