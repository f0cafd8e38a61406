# A demo root module for pipewright's terraform-plan action: built-in `terraform_data` only, so it plans
# offline with a local backend and no provider download.
terraform {
  required_version = ">= 1.7"
}

variable "environment" {
  type    = string
  default = "staging"
}

variable "replicas" {
  type    = number
  default = 2
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "example-only-not-a-secret"
}

resource "terraform_data" "network" {
  input = {
    name = "${var.environment}-network"
    cidr = "10.0.0.0/16"
    tags = { Name = "${var.environment}-network", Team = "platform" }
  }
}

resource "terraform_data" "web" {
  count = var.replicas
  input = {
    name    = "${var.environment}-web-${count.index}"
    network = terraform_data.network.output.name
  }
}

resource "terraform_data" "database" {
  input            = { engine = "postgres", version = "16", password = var.db_password }
  triggers_replace = ["postgres-16"]
  lifecycle {
    create_before_destroy = true
  }
}

check "replicas" {
  assert {
    condition     = var.replicas >= 2
    error_message = "Run at least two web replicas."
  }
}

output "web_names" {
  value = [for w in terraform_data.web : w.output.name]
}

output "database_password" {
  value     = var.db_password
  sensitive = true
}
