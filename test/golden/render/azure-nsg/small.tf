# portplan 0.1.0 render --target azure-nsg
# inventory: examples/small.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# connectors: sc-01
# covers: the security group of sc-01: its outgoing rows as egress rules, the rows that end on it as ingress rules
# rules: 17
# not expressed here (open these another way):
#   host names as sources: this target names hosts only as destinations (render with --resolve to write the addresses they have now) (targets that can: paloalto, fortigate, cisco-asa):
#     r018 ora01 (ora01.corp.example)
#     r019 sql01 (sql01.corp.example)
# NSG rules: attach the network security group to the connector's NIC or subnet. Its default rules (AllowVnetInBound, AllowVnetOutBound, AllowInternetOutBound, priorities 65000-65001) allow more than these: the rules here restrict traffic only above a Deny rule of your own (e.g. priority 4096).
# Azure Firewall rules (azurerm_firewall_policy_rule_collection_group) carry the rows that name hosts and wildcards: they act only on traffic routed through the firewall (a route table sending the connector subnet to it), and an NSG that denies outbound traffic must still let those rows reach the firewall.
# Application rules pass HTTPS by its TLS server name and HTTP by its Host header; network rules with destination_fqdns need DNS proxy on the firewall policy (dns { proxy_enabled = true }) and the connector using the firewall as its DNS server.

variable "resource_group_name" {
  description = "The resource group of the network security group"
  type        = string
}

variable "network_security_group_name" {
  description = "The network security group on the connector's NIC or subnet"
  type        = string
}

variable "firewall_policy_id" {
  description = "The ID of the Azure Firewall policy the connector traffic passes"
  type        = string
}

variable "firewall_rule_collection_group_priority" {
  description = "Where the rule collection group goes in the policy (100-65000)"
  type        = number
  default     = 1000
}

# r006 mgmt-dns (1.7): Name resolution, to the inventory's DNS servers
resource "azurerm_network_security_rule" "pp_r006_out" {
  name                         = "pp-r006-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r006 mgmt-dns (1.7): Name resolution, to the inventory's DNS servers"
  priority                     = 100
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["53"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.0.0.53/32"]
}

# r007 mgmt-dns (1.7): Name resolution, to the inventory's DNS servers
resource "azurerm_network_security_rule" "pp_r007_out" {
  name                         = "pp-r007-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r007 mgmt-dns (1.7): Name resolution, to the inventory's DNS servers"
  priority                     = 110
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Udp"
  source_port_range            = "*"
  destination_port_ranges      = ["53"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.0.0.53/32"]
}

# r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host
resource "azurerm_network_security_rule" "pp_r011_out" {
  name                         = "pp-r011-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  priority                     = 120
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["443"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.30.0.0/28"]
}

# r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host
resource "azurerm_network_security_rule" "pp_r012_out" {
  name                         = "pp-r012-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  priority                     = 130
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["902"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.30.0.0/28"]
}

# r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent
resource "azurerm_network_security_rule" "pp_r013_out" {
  name                         = "pp-r013-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  priority                     = 140
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["50051"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.50.0.5/32"]
}

# r017 agent-upgrade-from-client (7.1): Agent upgrades started from the UI
resource "azurerm_network_security_rule" "pp_r017_in" {
  name                         = "pp-r017-in"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r017 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  priority                     = 150
  direction                    = "Inbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["80", "443"]
  source_address_prefixes      = ["10.99.0.0/24"]
  destination_address_prefixes = ["10.20.0.11/32"]
}

# The rows that name hosts and wildcards, for the Azure Firewall the connector traffic is routed through
resource "azurerm_firewall_policy_rule_collection_group" "portplan" {
  name               = "portplan-sc-01"
  firewall_policy_id = var.firewall_policy_id
  priority           = var.firewall_rule_collection_group_priority

  application_rule_collection {
    name     = "portplan-web"
    priority = 100
    action   = "Allow"

    rule {
      name              = "pp-r001-web"
      description       = "r001 mgmt-control-helios,mgmt-control-global-accelerator (1.1 1.2): Control path to Cohesity's cloud"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["helios.cohesity.com", "*.awsglobalaccelerator.com"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r002-web"
      description       = "r002 mgmt-data-path (1.3): Data path to cloud storage in the tenant's region"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["*.s3.us-west-2.amazonaws.com", "*.dmaas.helios.cohesity.com"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r003-web"
      description       = "r003 mgmt-telemetry (1.4): Telemetry upload"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["helios-data.cohesity.com"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r004-web"
      description       = "r004 mgmt-upgrade-packages (1.5): Connector upgrade downloads"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["*.cloudfront.net"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r005-web"
      description       = "r005 mgmt-connectivity-check (1.6): Connectivity self-test against Cohesity's cloud"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["production-rigelcheck-us.dmaas.helios.cohesity.com", "helios-production-rigelcheck-1.s3.us-east-2.amazonaws.com"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r010-web"
      description       = "r010 vmware-vcenter-api (2.1): vSphere API calls for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["vc01.corp.example"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r016-web"
      description       = "r016 nas-snapshot-api (10.3): Storage array API for snapshot-based backups (NetApp, Isilon, Pure Storage and similar)"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["netapp01.corp.example"]
      protocols {
        type = "Https"
        port = 443
      }
    }
  }

  network_rule_collection {
    name     = "portplan-names"
    priority = 200
    action   = "Allow"

    rule {
      name              = "pp-r008"
      description       = "r008 mgmt-ntp (1.8): Time synchronisation, to the inventory's NTP servers"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["ntp.corp.example"]
      protocols         = ["UDP"]
      destination_ports = ["123"]
    }

    rule {
      name              = "pp-r009"
      description       = "r009 mgmt-support-channel (1.9): Support channel (SSH) for Cohesity support"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["rt.cohesity.com"]
      protocols         = ["TCP"]
      destination_ports = ["443"]
    }

    rule {
      name              = "pp-r013"
      description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["hv01.corp.example", "ora01.corp.example", "sql01.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["50051"]
    }

    rule {
      name              = "pp-r014"
      description       = "r014 nas-nfs (10.1): NFS access to the NAS for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["netapp01.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["111", "2049"]
    }

    rule {
      name              = "pp-r015"
      description       = "r015 nas-smb (10.2): SMB access to the NAS for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["netapp01.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["445"]
    }
  }
}
