# Production values. No secrets here: they come from 1Password at apply time (see .env).
environment    = "production"
aws_account_id = "222222222222"
domain_name    = "example.com"
create_zone    = false

nat_gateway_mode = "none"

web_cpu       = "1024"
web_memory    = "2048"
web_min_tasks = 2
web_max_tasks = 10

cache_node_type         = "cache.t4g.small"
cache_high_availability = true

db_instance_class = "db.t4g.medium"
db_multi_az       = true

deletion_protection = true
log_retention_days  = 90

cognito_email_via_ses = false
google_client_id      = ""
