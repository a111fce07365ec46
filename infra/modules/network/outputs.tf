output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "availability_zones" {
  description = "Availability zones the subnets are spread over, in subnet order."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, one per availability zone."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, one per availability zone."
  value       = aws_subnet.private[*].id
}

output "cache_subnet_ids" {
  description = "IDs of the cache subnets, one per availability zone."
  value       = aws_subnet.cache[*].id
}

output "nat_public_ips" {
  description = "Public IPs of the NAT gateways (empty when nat_gateway_mode is none)."
  value       = aws_eip.nat[*].public_ip
}
