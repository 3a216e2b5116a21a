# The orchestrator app: schedules pipelines against the lake. It publishes its
# configuration as an object in the lake bucket, where the orchestrator (running under
# the compute role) reads it at start.

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "workspace_external_id" {
  type = string
}

variable "region" {
  type        = string
  description = "From the infrastructure's outputs."
}

variable "network_id" {
  type        = string
  description = "From the infrastructure's outputs."
}

variable "lake_bucket" {
  type        = string
  description = "From the infrastructure's outputs."
}

variable "compute_role_arn" {
  type        = string
  description = "From the infrastructure's outputs."
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      "oqullus:workspace" = var.workspace_external_id
      "managed-by"        = "oqullus-workspaces"
    }
  }
}

locals {
  config_key = "orchestrator/config.json"
}

resource "aws_s3_object" "config" {
  bucket       = var.lake_bucket
  key          = local.config_key
  content_type = "application/json"
  content = jsonencode({
    workspace        = var.workspace_external_id
    region           = var.region
    network          = var.network_id
    executionRole    = var.compute_role_arn
    warehouse        = "s3://${var.lake_bucket}/warehouse/"
    pipelines        = "s3://${var.lake_bucket}/orchestrator/pipelines/"
    logs             = "s3://${var.lake_bucket}/orchestrator/logs/"
    scheduleTimeZone = "UTC"
  })
}

output "orchestrator_config_uri" {
  description = "Where the orchestrator's configuration is."
  value       = "s3://${var.lake_bucket}/${local.config_key}"
}

output "orchestrator_config_version" {
  description = "The S3 version id of the configuration now in effect."
  value       = aws_s3_object.config.version_id
}
