# A lakehouse on AWS: a private network (unless an existing VPC is attached), an S3
# bucket for the lake, and an IAM role that compute assumes to read and write it. Same
# shape as lakehouse-local; the app stacks under apps/ consume its outputs.
#
# No backend block: the runner writes a backend override for the workspace's state
# storage. No credentials either: the AWS provider reads them from the environment
# (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN or AWS_PROFILE), which the
# workspace's cloud credential fills in.

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
  type        = string
  description = "The workspace's external id; names and tags every resource."

  validation {
    condition     = can(regex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", var.workspace_external_id)) && length(var.workspace_external_id) >= 3 && length(var.workspace_external_id) <= 40
    error_message = "workspace_external_id must be 3 to 40 lowercase letters, digits and single hyphens, starting with a letter (it names the S3 bucket)."
  }
}

variable "region" {
  type        = string
  description = "The AWS region the lakehouse runs in."
  default     = "eu-west-1"
}

variable "network_id" {
  type        = string
  description = "An existing VPC id (vpc-...) to attach to; empty creates a VPC with two private subnets."
  default     = ""

  validation {
    condition     = var.network_id == "" || can(regex("^vpc-[0-9a-f]+$", var.network_id))
    error_message = "network_id must be empty or a VPC id such as vpc-0abc1234."
  }
}

variable "vpc_cidr" {
  type        = string
  description = "The CIDR block of the VPC created when network_id is empty."
  default     = "10.42.0.0/16"

  validation {
    condition     = can(regex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}/(1[6-9]|20)$", var.vpc_cidr)) && can(cidrsubnet(var.vpc_cidr, 8, 2))
    error_message = "vpc_cidr must be an IPv4 CIDR block of /16 to /20, such as 10.42.0.0/16."
  }
}

variable "lake_force_destroy" {
  type        = bool
  description = "Whether deleting the workspace also deletes every object in the lake; otherwise a non-empty bucket stops the destroy."
  default     = false
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

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  create_network = var.network_id == ""
  name           = var.workspace_external_id
  account_id     = data.aws_caller_identity.current.account_id
  partition      = data.aws_partition.current.partition
}

# --- Network (only when no existing VPC is attached) ---------------------------------

data "aws_availability_zones" "available" {
  count = local.create_network ? 1 : 0
  state = "available"
}

resource "aws_vpc" "lakehouse" {
  count = local.create_network ? 1 : 0

  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "${local.name}-vpc"
  }
}

resource "aws_subnet" "private" {
  count = local.create_network ? 2 : 0

  vpc_id                  = aws_vpc.lakehouse[0].id
  cidr_block              = cidrsubnet(var.vpc_cidr, 8, count.index + 1)
  availability_zone       = data.aws_availability_zones.available[0].names[count.index]
  map_public_ip_on_launch = false

  tags = {
    Name = "${local.name}-private-${count.index + 1}"
    Tier = "private"
  }
}

resource "aws_route_table" "private" {
  count  = local.create_network ? 1 : 0
  vpc_id = aws_vpc.lakehouse[0].id

  tags = {
    Name = "${local.name}-private"
  }
}

resource "aws_route_table_association" "private" {
  count = local.create_network ? 2 : 0

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[0].id
}

# The private subnets have no internet route: they reach the lake through this free
# gateway endpoint.
resource "aws_vpc_endpoint" "s3" {
  count = local.create_network ? 1 : 0

  vpc_id            = aws_vpc.lakehouse[0].id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.private[0].id]

  tags = {
    Name = "${local.name}-s3"
  }
}

# An attached VPC is looked up, so a wrong id fails the plan with a clear message.
data "aws_vpc" "existing" {
  count = local.create_network ? 0 : 1
  id    = var.network_id
}

locals {
  network_id = local.create_network ? aws_vpc.lakehouse[0].id : data.aws_vpc.existing[0].id
}

# --- The lake ---------------------------------------------------------------------

resource "aws_s3_bucket" "lake" {
  # 40 + 6 + 12 characters at most: within S3's 63, and unique across accounts.
  bucket        = "${local.name}-lake-${local.account_id}"
  force_destroy = var.lake_force_destroy
}

resource "aws_s3_bucket_ownership_controls" "lake" {
  bucket = aws_s3_bucket.lake.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "lake" {
  bucket = aws_s3_bucket.lake.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "lake" {
  bucket = aws_s3_bucket.lake.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id

  rule {
    id     = "housekeeping"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  # Lifecycle rules on a bucket whose versioning is still being enabled are rejected.
  depends_on = [aws_s3_bucket_versioning.lake]
}

data "aws_iam_policy_document" "lake_tls_only" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.lake.arn,
      "${aws_s3_bucket.lake.arn}/*",
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "lake" {
  bucket = aws_s3_bucket.lake.id
  policy = data.aws_iam_policy_document.lake_tls_only.json

  # A bucket policy put before the public access block is in place can be refused.
  depends_on = [aws_s3_bucket_public_access_block.lake]
}

# --- Compute identity -------------------------------------------------------------

data "aws_iam_policy_document" "compute_trust" {
  statement {
    sid     = "ComputeServices"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com", "ec2.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "compute" {
  name               = "${local.name}-compute"
  description        = "Compute of workspace ${var.workspace_external_id}: reads and writes its lake bucket."
  assume_role_policy = data.aws_iam_policy_document.compute_trust.json
}

# Least privilege: list this bucket, and read, write and delete objects in it. Nothing
# on other buckets, and no bucket administration (policy, ACLs, deletion).
data "aws_iam_policy_document" "compute_lake_access" {
  statement {
    sid    = "ListLake"
    effect = "Allow"
    actions = [
      "s3:GetBucketLocation",
      "s3:ListBucket",
      "s3:ListBucketMultipartUploads",
    ]
    resources = [aws_s3_bucket.lake.arn]
  }

  statement {
    sid    = "ReadWriteLakeObjects"
    effect = "Allow"
    actions = [
      "s3:GetObject",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:DeleteObject",
      "s3:AbortMultipartUpload",
      "s3:ListMultipartUploadParts",
    ]
    resources = ["${aws_s3_bucket.lake.arn}/*"]
  }
}

resource "aws_iam_role_policy" "compute_lake_access" {
  name   = "lake-access"
  role   = aws_iam_role.compute.id
  policy = data.aws_iam_policy_document.compute_lake_access.json
}

resource "aws_iam_instance_profile" "compute" {
  name = "${local.name}-compute"
  role = aws_iam_role.compute.name
}

# --- Outputs (the app stacks receive the ones they declare as variables) ------------

output "network_id" {
  description = "The VPC the lakehouse runs in: the attached one, or the one created."
  value       = local.network_id
}

output "private_subnet_ids" {
  description = "The private subnets created; empty when an existing VPC is attached."
  value       = aws_subnet.private[*].id
}

output "region" {
  description = "The AWS region, for the app stacks' provider."
  value       = var.region
}

output "lake_bucket" {
  description = "The name of the lake's S3 bucket."
  value       = aws_s3_bucket.lake.id
}

output "lake_bucket_arn" {
  description = "The ARN of the lake's S3 bucket."
  value       = aws_s3_bucket.lake.arn
}

output "compute_role_arn" {
  description = "The IAM role compute assumes to use the lake."
  value       = aws_iam_role.compute.arn
}

output "compute_instance_profile" {
  description = "The instance profile of the compute role, for EC2-based compute."
  value       = aws_iam_instance_profile.compute.name
}

output "aws_account_id" {
  description = "The AWS account the lakehouse was built in."
  value       = local.account_id
  sensitive   = true
}
