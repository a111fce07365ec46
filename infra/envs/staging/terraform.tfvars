# Staging values. No secrets here: they come from 1Password at apply time (see .env).
environment    = "staging"
aws_account_id = "111111111111"
domain_name    = "staging.example.com"

nat_gateway_mode = "none"

web_cpu       = "512"
web_memory    = "1024"
web_min_tasks = 1
web_max_tasks = 4

cache_node_type         = "cache.t4g.micro"
cache_high_availability = false

db_instance_class = "db.t4g.micro"
db_multi_az       = false

deletion_protection = false
log_retention_days  = 14

cognito_email_via_ses = false
google_client_id      = ""
