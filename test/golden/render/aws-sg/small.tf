# portplan 0.1.0 render --target aws-sg
# inventory: examples/small.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# connectors: sc-01
# covers: the security group of sc-01: its outgoing rows as egress rules, the rows that end on it as ingress rules
# rules: 7
# not expressed here (open these another way):
#   host names: this target names only addresses (render with --resolve to write the addresses they have now) (targets that can: azure-nsg, paloalto, fortigate, cisco-asa, squid):
#     r001 helios.cohesity.com
#     r003 helios-data.cohesity.com
#     r005 production-rigelcheck-us.dmaas.helios.cohesity.com
#     r005 helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com
#   wildcard names: no list of addresses stands for them (targets that can: azure-nsg, fortigate, squid):
#     r001 *.awsglobalaccelerator.com
#     r002 *.dmaas.helios.cohesity.com
#     r004 *.cloudfront.net
#   host names: this target names only addresses (render with --resolve to write the addresses they have now) (targets that can: azure-nsg, paloalto, fortigate, cisco-asa):
#     r008 ntp.corp.example
#     r009 rt.cohesity.com
#     r010 vc01 (vc01.corp.example)
#     r013 hv01 (hv01.corp.example)
#     r013 ora01 (ora01.corp.example)
#     r013 sql01 (sql01.corp.example)
#     r014 netapp01 (netapp01.corp.example)
#     r015 netapp01 (netapp01.corp.example)
#     r016 netapp01 (netapp01.corp.example)
#   host names: this target names only addresses (render with --resolve to write the addresses they have now) (targets that can: paloalto, fortigate, cisco-asa):
#     r018 ora01 (ora01.corp.example)
#     r019 sql01 (sql01.corp.example)
# A new security group allows all outbound traffic until its default egress rule (0.0.0.0/0, all protocols) is removed: the egress rules here restrict the connector only once it is.
# Security groups are stateful: replies need no rule of their own.
# Apply: terraform apply -var security_group_id=sg-… (the security group of the connector)

variable "security_group_id" {
  description = "The ID of the connector's security group (sg-…)"
  type        = string
}

# The list of addresses AWS keeps for com.amazonaws.us-west-2.s3
data "aws_ec2_managed_prefix_list" "s3" {
  name = "com.amazonaws.us-west-2.s3"
}

# r002: egress tcp/443 com.amazonaws.us-west-2.s3 (for *.s3.us-west-2.amazonaws.com)
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_pl_s3" {
  security_group_id = var.security_group_id
  description       = "r002 mgmt-data-path (1.3): Data path to cloud storage in the tenants region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.s3.id
}

# r006: egress tcp/53 10.0.0.53/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_53_10_0_0_53_32" {
  security_group_id = var.security_group_id
  description       = "r006 mgmt-dns (1.7): Name resolution, to the inventorys DNS servers"
  ip_protocol       = "tcp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.0.53/32"
}

# r007: egress udp/53 10.0.0.53/32
resource "aws_vpc_security_group_egress_rule" "egress_udp_53_10_0_0_53_32" {
  security_group_id = var.security_group_id
  description       = "r007 mgmt-dns (1.7): Name resolution, to the inventorys DNS servers"
  ip_protocol       = "udp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.0.53/32"
}

# r011: egress tcp/443 10.30.0.0/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_0_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.0/28"
}

# r012: egress tcp/902 10.30.0.0/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_0_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.0/28"
}

# r013: egress tcp/50051 10.50.0.5/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_5_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.5/32"
}

# r017: ingress tcp/80 10.99.0.0/24
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_0_0_24" {
  security_group_id = var.security_group_id
  description       = "r017 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.0.0/24"
}

# r017: ingress tcp/443 10.99.0.0/24
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_0_0_24" {
  security_group_id = var.security_group_id
  description       = "r017 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.0.0/24"
}
