# A lakehouse that runs anywhere: only what Terraform has built in (terraform_data and
# local-exec), so it provisions offline. It stands in for a real cloud template with the
# same shape: a network (unless one is attached), object storage, compute, and outputs
# the app stacks consume.

terraform {
  required_version = ">= 1.6"
}

variable "workspace_external_id" {
  type        = string
  description = "The workspace's external id; names every resource."
}

variable "region" {
  type        = string
  description = "Where the lakehouse runs."
  default     = "eu-west-1"
}

variable "compute_size" {
  type        = number
  description = "How many compute nodes to start."
  default     = 1
  validation {
    condition     = var.compute_size >= 1 && var.compute_size <= 10
    error_message = "compute_size must be between 1 and 10."
  }
}

variable "network_id" {
  type        = string
  description = "An existing network to attach to; empty creates one."
  default     = ""
}

variable "apply_delay_seconds" {
  type        = number
  description = "Seconds the storage takes to come up, to watch provisioning progress (or cancel it)."
  default     = 0
}

variable "fail_on_apply" {
  type        = bool
  description = "Makes the apply fail, to rehearse failure and retry."
  default     = false
}

resource "terraform_data" "network" {
  count = var.network_id == "" ? 1 : 0
  input = {
    name   = "${var.workspace_external_id}-net"
    cidr   = "10.42.0.0/16"
    region = var.region
  }
}

locals {
  network_id = var.network_id != "" ? var.network_id : terraform_data.network[0].output.name
}

resource "terraform_data" "storage" {
  input = {
    bucket  = "${var.workspace_external_id}-lake"
    region  = var.region
    network = local.network_id
  }

  provisioner "local-exec" {
    command = "echo 'storage ${var.workspace_external_id}-lake is coming up'; sleep ${var.apply_delay_seconds}"
  }
}

resource "terraform_data" "compute" {
  count = var.compute_size
  input = {
    node    = "${var.workspace_external_id}-node-${count.index}"
    network = local.network_id
  }

  provisioner "local-exec" {
    command = var.fail_on_apply ? "echo 'compute node ${count.index} could not start: fail_on_apply is set' >&2; exit 1" : "echo 'compute node ${count.index} started'"
  }
}

resource "terraform_data" "catalog_credentials" {
  input = sha256("${var.workspace_external_id}-catalog")
}

output "network_id" {
  value = local.network_id
}

output "storage_bucket" {
  value = terraform_data.storage.output.bucket
}

output "compute_nodes" {
  value = [for node in terraform_data.compute : node.output.node]
}

output "query_endpoint" {
  value = "https://${var.workspace_external_id}.query.local"
}

output "catalog_password" {
  value     = terraform_data.catalog_credentials.output
  sensitive = true
}
