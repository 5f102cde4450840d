# portplan 0.1.0 render --target azure-nsg
# inventory: examples/large.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# connectors: sc-01
# covers: the security group of sc-01: its outgoing rows as egress rules, the rows that end on it as ingress rules
# rules: 24
# not expressed here (open these another way):
#   host names as sources: this target names hosts only as destinations (render with --resolve to write the addresses they have now) (targets that can: paloalto, fortigate, cisco-asa):
#     r025 ora00001.corp.example
#     r025 ora00003.corp.example
#     r025 ora00005.corp.example
#     r025 ora00007.corp.example
#     r025 ora00009.corp.example
#     r025 ora00011.corp.example
#     r025 ora00013.corp.example
#     r025 ora00015.corp.example
#     r025 ora00017.corp.example
#     r025 ora00019.corp.example
#     r025 ora00021.corp.example
#     r025 ora00023.corp.example
#     r025 ora00025.corp.example
#     r025 ora00027.corp.example
#     r025 ora00029.corp.example
#     r025 ora00031.corp.example
#     r025 ora00033.corp.example
#     r025 ora00035.corp.example
#     r025 ora00037.corp.example
#     r025 ora00039.corp.example
#     r025 ora00041.corp.example
#     r025 ora00043.corp.example
#     r025 ora00045.corp.example
#     r025 ora00047.corp.example
#     r025 ora00049.corp.example
#     r025 ora00051.corp.example
#     r025 ora00053.corp.example
#     r025 ora00055.corp.example
#     r025 ora00057.corp.example
#     r025 ora00059.corp.example
#     r025 ora00061.corp.example
#     r025 ora00063.corp.example
#     r025 ora00065.corp.example
#     r025 ora00067.corp.example
#     r025 ora00069.corp.example
#     r025 ora00071.corp.example
#     r025 ora00073.corp.example
#     r025 ora00075.corp.example
#     r025 ora00077.corp.example
#     r025 ora00079.corp.example
#     r025 ora00081.corp.example
#     r025 ora00083.corp.example
#     r025 ora00085.corp.example
#     r025 ora00087.corp.example
#     r025 ora00089.corp.example
#     r025 ora00091.corp.example
#     r025 ora00093.corp.example
#     r025 ora00095.corp.example
#     r025 ora00097.corp.example
#     r025 ora00099.corp.example
#     r025 ora00101.corp.example
#     r025 ora00103.corp.example
#     r025 ora00105.corp.example
#     r025 ora00107.corp.example
#     r025 ora00109.corp.example
#     r025 ora00111.corp.example
#     r025 ora00113.corp.example
#     r025 ora00115.corp.example
#     r025 ora00117.corp.example
#     r025 ora00119.corp.example
#     r025 ora00121.corp.example
#     r025 ora00123.corp.example
#     r025 ora00125.corp.example
#     r025 ora00127.corp.example
#     r025 ora00129.corp.example
#     r025 ora00131.corp.example
#     r025 ora00133.corp.example
#     r025 ora00135.corp.example
#     r025 ora00137.corp.example
#     r025 ora00139.corp.example
#     r025 ora00141.corp.example
#     r025 ora00143.corp.example
#     r025 ora00145.corp.example
#     r025 ora00147.corp.example
#     r025 ora00149.corp.example
#     r025 ora00151.corp.example
#     r025 ora00153.corp.example
#     r025 ora00155.corp.example
#     r025 ora00157.corp.example
#     r025 ora00159.corp.example
#     r025 ora00161.corp.example
#     r025 ora00163.corp.example
#     r025 ora00165.corp.example
#     r025 ora00167.corp.example
#     r025 ora00169.corp.example
#     r025 ora00171.corp.example
#     r025 ora00173.corp.example
#     r025 ora00175.corp.example
#     r025 ora00177.corp.example
#     r025 ora00179.corp.example
#     r025 ora00181.corp.example
#     r025 ora00183.corp.example
#     r025 ora00185.corp.example
#     r025 ora00187.corp.example
#     r025 ora00189.corp.example
#     r025 ora00191.corp.example
#     r025 ora00193.corp.example
#     r025 ora00195.corp.example
#     r025 ora00197.corp.example
#     r025 ora00199.corp.example
#     r025 ora00201.corp.example
#     r025 ora00203.corp.example
#     r025 ora00205.corp.example
#     r025 ora00207.corp.example
#     r025 ora00209.corp.example
#     r025 ora00211.corp.example
#     r025 ora00213.corp.example
#     r025 ora00215.corp.example
#     r025 ora00217.corp.example
#     r025 ora00219.corp.example
#     r025 ora00221.corp.example
#     r025 ora00223.corp.example
#     r025 ora00225.corp.example
#     r025 ora00227.corp.example
#     r025 ora00229.corp.example
#     r025 ora00231.corp.example
#     r025 ora00233.corp.example
#     r025 ora00235.corp.example
#     r025 ora00237.corp.example
#     r025 ora00239.corp.example
#     r025 ora00241.corp.example
#     r025 ora00243.corp.example
#     r025 ora00245.corp.example
#     r025 ora00247.corp.example
#     r025 ora00249.corp.example
#     r025 ora00251.corp.example
#     r025 ora00253.corp.example
#     r025 ora00255.corp.example
#     r025 ora00257.corp.example
#     r025 ora00259.corp.example
#     r025 ora00261.corp.example
#     r025 ora00263.corp.example
#     r025 ora00265.corp.example
#     r025 ora00267.corp.example
#     r025 ora00269.corp.example
#     r025 ora00271.corp.example
#     r025 ora00273.corp.example
#     r025 ora00275.corp.example
#     r025 ora00277.corp.example
#     r025 ora00279.corp.example
#     r025 ora00281.corp.example
#     r025 ora00283.corp.example
#     r025 ora00285.corp.example
#     r025 ora00287.corp.example
#     r025 ora00289.corp.example
#     r025 ora00291.corp.example
#     r025 ora00293.corp.example
#     r025 ora00295.corp.example
#     r025 ora00297.corp.example
#     r025 ora00299.corp.example
#     r026 ora00002.corp.example
#     r026 ora00004.corp.example
#     r026 ora00006.corp.example
#     r026 ora00008.corp.example
#     r026 ora00010.corp.example
#     r026 ora00012.corp.example
#     r026 ora00014.corp.example
#     r026 ora00016.corp.example
#     r026 ora00018.corp.example
#     r026 ora00020.corp.example
#     r026 ora00022.corp.example
#     r026 ora00024.corp.example
#     r026 ora00026.corp.example
#     r026 ora00028.corp.example
#     r026 ora00030.corp.example
#     r026 ora00032.corp.example
#     r026 ora00034.corp.example
#     r026 ora00036.corp.example
#     r026 ora00038.corp.example
#     r026 ora00040.corp.example
#     r026 ora00042.corp.example
#     r026 ora00044.corp.example
#     r026 ora00046.corp.example
#     r026 ora00048.corp.example
#     r026 ora00050.corp.example
#     r026 ora00052.corp.example
#     r026 ora00054.corp.example
#     r026 ora00056.corp.example
#     r026 ora00058.corp.example
#     r026 ora00060.corp.example
#     r026 ora00062.corp.example
#     r026 ora00064.corp.example
#     r026 ora00066.corp.example
#     r026 ora00068.corp.example
#     r026 ora00070.corp.example
#     r026 ora00072.corp.example
#     r026 ora00074.corp.example
#     r026 ora00076.corp.example
#     r026 ora00078.corp.example
#     r026 ora00080.corp.example
#     r026 ora00082.corp.example
#     r026 ora00084.corp.example
#     r026 ora00086.corp.example
#     r026 ora00088.corp.example
#     r026 ora00090.corp.example
#     r026 ora00092.corp.example
#     r026 ora00094.corp.example
#     r026 ora00096.corp.example
#     r026 ora00098.corp.example
#     r026 ora00100.corp.example
#     r026 ora00102.corp.example
#     r026 ora00104.corp.example
#     r026 ora00106.corp.example
#     r026 ora00108.corp.example
#     r026 ora00110.corp.example
#     r026 ora00112.corp.example
#     r026 ora00114.corp.example
#     r026 ora00116.corp.example
#     r026 ora00118.corp.example
#     r026 ora00120.corp.example
#     r026 ora00122.corp.example
#     r026 ora00124.corp.example
#     r026 ora00126.corp.example
#     r026 ora00128.corp.example
#     r026 ora00130.corp.example
#     r026 ora00132.corp.example
#     r026 ora00134.corp.example
#     r026 ora00136.corp.example
#     r026 ora00138.corp.example
#     r026 ora00140.corp.example
#     r026 ora00142.corp.example
#     r026 ora00144.corp.example
#     r026 ora00146.corp.example
#     r026 ora00148.corp.example
#     r026 ora00150.corp.example
#     r026 ora00152.corp.example
#     r026 ora00154.corp.example
#     r026 ora00156.corp.example
#     r026 ora00158.corp.example
#     r026 ora00160.corp.example
#     r026 ora00162.corp.example
#     r026 ora00164.corp.example
#     r026 ora00166.corp.example
#     r026 ora00168.corp.example
#     r026 ora00170.corp.example
#     r026 ora00172.corp.example
#     r026 ora00174.corp.example
#     r026 ora00176.corp.example
#     r026 ora00178.corp.example
#     r026 ora00180.corp.example
#     r026 ora00182.corp.example
#     r026 ora00184.corp.example
#     r026 ora00186.corp.example
#     r026 ora00188.corp.example
#     r026 ora00190.corp.example
#     r026 ora00192.corp.example
#     r026 ora00194.corp.example
#     r026 ora00196.corp.example
#     r026 ora00198.corp.example
#     r026 ora00200.corp.example
#     r026 ora00202.corp.example
#     r026 ora00204.corp.example
#     r026 ora00206.corp.example
#     r026 ora00208.corp.example
#     r026 ora00210.corp.example
#     r026 ora00212.corp.example
#     r026 ora00214.corp.example
#     r026 ora00216.corp.example
#     r026 ora00218.corp.example
#     r026 ora00220.corp.example
#     r026 ora00222.corp.example
#     r026 ora00224.corp.example
#     r026 ora00226.corp.example
#     r026 ora00228.corp.example
#     r026 ora00230.corp.example
#     r026 ora00232.corp.example
#     r026 ora00234.corp.example
#     r026 ora00236.corp.example
#     r026 ora00238.corp.example
#     r026 ora00240.corp.example
#     r026 ora00242.corp.example
#     r026 ora00244.corp.example
#     r026 ora00246.corp.example
#     r026 ora00248.corp.example
#     r026 ora00250.corp.example
#     r026 ora00252.corp.example
#     r026 ora00254.corp.example
#     r026 ora00256.corp.example
#     r026 ora00258.corp.example
#     r026 ora00260.corp.example
#     r026 ora00262.corp.example
#     r026 ora00264.corp.example
#     r026 ora00266.corp.example
#     r026 ora00268.corp.example
#     r026 ora00270.corp.example
#     r026 ora00272.corp.example
#     r026 ora00274.corp.example
#     r026 ora00276.corp.example
#     r026 ora00278.corp.example
#     r026 ora00280.corp.example
#     r026 ora00282.corp.example
#     r026 ora00284.corp.example
#     r026 ora00286.corp.example
#     r026 ora00288.corp.example
#     r026 ora00290.corp.example
#     r026 ora00292.corp.example
#     r026 ora00294.corp.example
#     r026 ora00296.corp.example
#     r026 ora00298.corp.example
#     r026 ora00300.corp.example
#     r026 sql00001.corp.example
#     r026 sql00002.corp.example
#     r026 sql00003.corp.example
#     r026 sql00004.corp.example
#     r026 sql00005.corp.example
#     r026 sql00006.corp.example
#     r026 sql00007.corp.example
#     r026 sql00008.corp.example
#     r026 sql00009.corp.example
#     r026 sql00010.corp.example
#     r026 sql00011.corp.example
#     r026 sql00012.corp.example
#     r026 sql00013.corp.example
#     r026 sql00014.corp.example
#     r026 sql00015.corp.example
#     r026 sql00016.corp.example
#     r026 sql00017.corp.example
#     r026 sql00018.corp.example
#     r026 sql00019.corp.example
#     r026 sql00020.corp.example
#     r026 sql00021.corp.example
#     r026 sql00022.corp.example
#     r026 sql00023.corp.example
#     r026 sql00024.corp.example
#     r026 sql00025.corp.example
#     r026 sql00026.corp.example
#     r026 sql00027.corp.example
#     r026 sql00028.corp.example
#     r026 sql00029.corp.example
#     r026 sql00030.corp.example
#     r026 sql00031.corp.example
#     r026 sql00032.corp.example
#     r026 sql00033.corp.example
#     r026 sql00034.corp.example
#     r026 sql00035.corp.example
#     r026 sql00036.corp.example
#     r026 sql00037.corp.example
#     r026 sql00038.corp.example
#     r026 sql00039.corp.example
#     r026 sql00040.corp.example
#     r026 sql00041.corp.example
#     r026 sql00042.corp.example
#     r026 sql00043.corp.example
#     r026 sql00044.corp.example
#     r026 sql00045.corp.example
#     r026 sql00046.corp.example
#     r026 sql00047.corp.example
#     r026 sql00048.corp.example
#     r026 sql00049.corp.example
#     r026 sql00050.corp.example
#     r026 sql00051.corp.example
#     r026 sql00052.corp.example
#     r026 sql00053.corp.example
#     r026 sql00054.corp.example
#     r026 sql00055.corp.example
#     r026 sql00056.corp.example
#     r026 sql00057.corp.example
#     r026 sql00058.corp.example
#     r026 sql00059.corp.example
#     r026 sql00060.corp.example
#     r026 sql00061.corp.example
#     r026 sql00062.corp.example
#     r026 sql00063.corp.example
#     r026 sql00064.corp.example
#     r026 sql00065.corp.example
#     r026 sql00066.corp.example
#     r026 sql00067.corp.example
#     r026 sql00068.corp.example
#     r026 sql00069.corp.example
#     r026 sql00070.corp.example
#     r026 sql00071.corp.example
#     r026 sql00072.corp.example
#     r026 sql00073.corp.example
#     r026 sql00074.corp.example
#     r026 sql00075.corp.example
#     r026 sql00076.corp.example
#     r026 sql00077.corp.example
#     r026 sql00078.corp.example
#     r026 sql00079.corp.example
#     r026 sql00080.corp.example
#     r026 sql00081.corp.example
#     r026 sql00082.corp.example
#     r026 sql00083.corp.example
#     r026 sql00084.corp.example
#     r026 sql00085.corp.example
#     r026 sql00086.corp.example
#     r026 sql00087.corp.example
#     r026 sql00088.corp.example
#     r026 sql00089.corp.example
#     r026 sql00090.corp.example
#     r026 sql00091.corp.example
#     r026 sql00092.corp.example
#     r026 sql00093.corp.example
#     r026 sql00094.corp.example
#     r026 sql00095.corp.example
#     r026 sql00096.corp.example
#     r026 sql00097.corp.example
#     r026 sql00098.corp.example
#     r026 sql00099.corp.example
#     r026 sql00100.corp.example
#     r026 sql00101.corp.example
#     r026 sql00102.corp.example
#     r026 sql00103.corp.example
#     r026 sql00104.corp.example
#     r026 sql00105.corp.example
#     r026 sql00106.corp.example
#     r026 sql00107.corp.example
#     r026 sql00108.corp.example
#     r026 sql00109.corp.example
#     r026 sql00110.corp.example
#     r026 sql00111.corp.example
#     r026 sql00112.corp.example
#     r026 sql00113.corp.example
#     r026 sql00114.corp.example
#     r026 sql00115.corp.example
#     r026 sql00116.corp.example
#     r026 sql00117.corp.example
#     r026 sql00118.corp.example
#     r026 sql00119.corp.example
#     r026 sql00120.corp.example
#     r026 sql00121.corp.example
#     r026 sql00122.corp.example
#     r026 sql00123.corp.example
#     r026 sql00124.corp.example
#     r026 sql00125.corp.example
#     r026 sql00126.corp.example
#     r026 sql00127.corp.example
#     r026 sql00128.corp.example
#     r026 sql00129.corp.example
#     r026 sql00130.corp.example
#     r026 sql00131.corp.example
#     r026 sql00132.corp.example
#     r026 sql00133.corp.example
#     r026 sql00134.corp.example
#     r026 sql00135.corp.example
#     r026 sql00136.corp.example
#     r026 sql00137.corp.example
#     r026 sql00138.corp.example
#     r026 sql00139.corp.example
#     r026 sql00140.corp.example
#     r026 sql00141.corp.example
#     r026 sql00142.corp.example
#     r026 sql00143.corp.example
#     r026 sql00144.corp.example
#     r026 sql00145.corp.example
#     r026 sql00146.corp.example
#     r026 sql00147.corp.example
#     r026 sql00148.corp.example
#     r026 sql00149.corp.example
#     r026 sql00150.corp.example
#     r026 sql00151.corp.example
#     r026 sql00152.corp.example
#     r026 sql00153.corp.example
#     r026 sql00154.corp.example
#     r026 sql00155.corp.example
#     r026 sql00156.corp.example
#     r026 sql00157.corp.example
#     r026 sql00158.corp.example
#     r026 sql00159.corp.example
#     r026 sql00160.corp.example
#     r026 sql00161.corp.example
#     r026 sql00162.corp.example
#     r026 sql00163.corp.example
#     r026 sql00164.corp.example
#     r026 sql00165.corp.example
#     r026 sql00166.corp.example
#     r026 sql00167.corp.example
#     r026 sql00168.corp.example
#     r026 sql00169.corp.example
#     r026 sql00170.corp.example
#     r026 sql00171.corp.example
#     r026 sql00172.corp.example
#     r026 sql00173.corp.example
#     r026 sql00174.corp.example
#     r026 sql00175.corp.example
#     r026 sql00176.corp.example
#     r026 sql00177.corp.example
#     r026 sql00178.corp.example
#     r026 sql00179.corp.example
#     r026 sql00180.corp.example
#     r026 sql00181.corp.example
#     r026 sql00182.corp.example
#     r026 sql00183.corp.example
#     r026 sql00184.corp.example
#     r026 sql00185.corp.example
#     r026 sql00186.corp.example
#     r026 sql00187.corp.example
#     r026 sql00188.corp.example
#     r026 sql00189.corp.example
#     r026 sql00190.corp.example
#     r026 sql00191.corp.example
#     r026 sql00192.corp.example
#     r026 sql00193.corp.example
#     r026 sql00194.corp.example
#     r026 sql00195.corp.example
#     r026 sql00196.corp.example
#     r026 sql00197.corp.example
#     r026 sql00198.corp.example
#     r026 sql00199.corp.example
#     r026 sql00200.corp.example
#     r026 sql00201.corp.example
#     r026 sql00202.corp.example
#     r026 sql00203.corp.example
#     r026 sql00204.corp.example
#     r026 sql00205.corp.example
#     r026 sql00206.corp.example
#     r026 sql00207.corp.example
#     r026 sql00208.corp.example
#     r026 sql00209.corp.example
#     r026 sql00210.corp.example
#     r026 sql00211.corp.example
#     r026 sql00212.corp.example
#     r026 sql00213.corp.example
#     r026 sql00214.corp.example
#     r026 sql00215.corp.example
#     r026 sql00216.corp.example
#     r026 sql00217.corp.example
#     r026 sql00218.corp.example
#     r026 sql00219.corp.example
#     r026 sql00220.corp.example
#     r026 sql00221.corp.example
#     r026 sql00222.corp.example
#     r026 sql00223.corp.example
#     r026 sql00224.corp.example
#     r026 sql00225.corp.example
#     r026 sql00226.corp.example
#     r026 sql00227.corp.example
#     r026 sql00228.corp.example
#     r026 sql00229.corp.example
#     r026 sql00230.corp.example
#     r026 sql00231.corp.example
#     r026 sql00232.corp.example
#     r026 sql00233.corp.example
#     r026 sql00234.corp.example
#     r026 sql00235.corp.example
#     r026 sql00236.corp.example
#     r026 sql00237.corp.example
#     r026 sql00238.corp.example
#     r026 sql00239.corp.example
#     r026 sql00240.corp.example
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
  destination_address_prefixes = ["10.0.0.53/32", "10.0.1.53/32"]
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
  destination_address_prefixes = ["10.0.0.53/32", "10.0.1.53/32"]
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
  destination_address_prefixes = ["10.30.0.1/32", "10.30.0.2/31", "10.30.0.4/30", "10.30.0.8/29", "10.30.0.16/28", "10.30.0.32/27", "10.30.0.64/26", "10.30.0.128/26", "10.30.0.192/27", "10.30.0.224/28", "10.30.0.240/29", "10.30.0.248/30", "10.30.0.252/31", "10.30.0.254/32", "10.30.1.1/32", "10.30.1.2/31", "10.30.1.4/30", "10.30.1.8/29", "10.30.1.16/28", "10.30.1.32/27", "10.30.1.64/26", "10.30.1.128/28", "10.30.1.144/31", "10.30.1.146/32", "10.30.1.247/32", "10.30.1.248/30", "10.30.1.252/31", "10.30.1.254/32", "10.30.2.1/32", "10.30.2.2/31", "10.30.2.4/30", "10.30.2.8/29", "10.30.2.16/28", "10.30.2.32/27", "10.30.2.64/26", "10.30.2.128/26", "10.30.2.192/27", "10.30.2.224/28", "10.30.2.240/29", "10.30.2.248/30", "10.30.2.252/31", "10.30.2.254/32", "10.30.3.1/32", "10.30.3.2/31", "10.30.3.4/30", "10.30.3.8/29", "10.30.3.16/28", "10.30.3.32/27", "10.30.3.64/26", "10.30.3.128/29", "10.30.3.136/31", "10.30.3.138/32", "10.30.3.239/32", "10.30.3.240/29", "10.30.3.248/30", "10.30.3.252/31", "10.30.3.254/32", "10.30.4.1/32", "10.30.4.2/31", "10.30.4.4/30", "10.30.4.8/29", "10.30.4.16/28", "10.30.4.32/27", "10.30.4.64/26", "10.30.4.128/27", "10.30.4.160/28", "10.30.4.176/29", "10.30.4.184/32"]
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
  destination_address_prefixes = ["10.30.0.1/32", "10.30.0.2/31", "10.30.0.4/30", "10.30.0.8/29", "10.30.0.16/28", "10.30.0.32/27", "10.30.0.64/26", "10.30.0.128/26", "10.30.0.192/27", "10.30.0.224/28", "10.30.0.240/29", "10.30.0.248/30", "10.30.0.252/31", "10.30.0.254/32", "10.30.1.1/32", "10.30.1.2/31", "10.30.1.4/30", "10.30.1.8/29", "10.30.1.16/28", "10.30.1.32/27", "10.30.1.64/26", "10.30.1.128/28", "10.30.1.144/31", "10.30.1.146/32", "10.30.1.247/32", "10.30.1.248/30", "10.30.1.252/31", "10.30.1.254/32", "10.30.2.1/32", "10.30.2.2/31", "10.30.2.4/30", "10.30.2.8/29", "10.30.2.16/28", "10.30.2.32/27", "10.30.2.64/26", "10.30.2.128/26", "10.30.2.192/27", "10.30.2.224/28", "10.30.2.240/29", "10.30.2.248/30", "10.30.2.252/31", "10.30.2.254/32", "10.30.3.1/32", "10.30.3.2/31", "10.30.3.4/30", "10.30.3.8/29", "10.30.3.16/28", "10.30.3.32/27", "10.30.3.64/26", "10.30.3.128/29", "10.30.3.136/31", "10.30.3.138/32", "10.30.3.239/32", "10.30.3.240/29", "10.30.3.248/30", "10.30.3.252/31", "10.30.3.254/32", "10.30.4.1/32", "10.30.4.2/31", "10.30.4.4/30", "10.30.4.8/29", "10.30.4.16/28", "10.30.4.32/27", "10.30.4.64/26", "10.30.4.128/27", "10.30.4.160/28", "10.30.4.176/29", "10.30.4.184/32"]
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
  destination_address_prefixes = ["10.40.0.1/32", "10.40.0.2/31", "10.40.0.4/30", "10.40.0.8/29", "10.40.0.16/28", "10.40.0.32/27", "10.40.0.64/27", "10.40.0.96/28", "10.40.0.112/29", "10.40.0.120/32", "10.50.0.1/32", "10.50.0.2/31", "10.50.0.4/30", "10.50.0.8/29", "10.50.0.16/28", "10.50.0.32/27", "10.50.0.64/26", "10.50.0.128/26", "10.50.0.192/27", "10.50.0.224/28", "10.50.0.240/29", "10.50.0.248/30", "10.50.0.252/31", "10.50.0.254/32", "10.50.1.1/32", "10.50.1.2/31", "10.50.1.4/30", "10.50.1.8/29", "10.50.1.16/28", "10.50.1.32/27", "10.50.1.64/26", "10.50.1.128/26", "10.50.1.192/27", "10.50.1.224/28", "10.50.1.240/29", "10.50.1.248/30", "10.50.1.252/31", "10.50.1.254/32", "10.50.2.1/32", "10.50.2.2/31", "10.50.2.4/30", "10.50.2.8/29", "10.50.2.16/28", "10.50.2.32/27", "10.50.2.64/28", "10.50.2.80/29", "10.50.2.88/30", "10.50.2.92/32"]
}

# r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host
resource "azurerm_network_security_rule" "pp_r015_out" {
  name                         = "pp-r015-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  priority                     = 150
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["443"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.30.1.197/32", "10.30.1.198/31", "10.30.1.200/29", "10.30.1.208/28", "10.30.1.224/28", "10.30.1.240/30", "10.30.1.244/31", "10.30.1.246/32", "10.30.3.189/32", "10.30.3.190/31", "10.30.3.192/27", "10.30.3.224/29", "10.30.3.232/30", "10.30.3.236/31", "10.30.3.238/32"]
}

# r016 vmc-compute-any (4.3): Backup and recovery traffic into the SDDC
resource "azurerm_network_security_rule" "pp_r016_out" {
  name                        = "pp-r016-out"
  resource_group_name         = var.resource_group_name
  network_security_group_name = var.network_security_group_name
  description                 = "r016 vmc-compute-any (4.3): Backup and recovery traffic into the SDDC"
  priority                    = 160
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefixes     = ["10.20.0.11/32"]
  destination_address_prefix  = "*"
}

# r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host
resource "azurerm_network_security_rule" "pp_r018_out" {
  name                         = "pp-r018-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  priority                     = 170
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["443"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.30.1.147/32", "10.30.1.148/30", "10.30.1.152/29", "10.30.1.160/27", "10.30.1.192/30", "10.30.1.196/32", "10.30.3.139/32", "10.30.3.140/30", "10.30.3.144/28", "10.30.3.160/28", "10.30.3.176/29", "10.30.3.184/30", "10.30.3.188/32"]
}

# r019 avs-any (5.3): Backup and recovery traffic into the private cloud
resource "azurerm_network_security_rule" "pp_r019_out" {
  name                        = "pp-r019-out"
  resource_group_name         = var.resource_group_name
  network_security_group_name = var.network_security_group_name
  description                 = "r019 avs-any (5.3): Backup and recovery traffic into the private cloud"
  priority                    = 180
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefixes     = ["10.20.0.11/32"]
  destination_address_prefix  = "*"
}

# r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host
resource "azurerm_network_security_rule" "pp_r020_out" {
  name                         = "pp-r020-out"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  priority                     = 190
  direction                    = "Outbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["902"]
  source_address_prefixes      = ["10.20.0.11/32"]
  destination_address_prefixes = ["10.30.1.147/32", "10.30.1.148/30", "10.30.1.152/29", "10.30.1.160/27", "10.30.1.192/30", "10.30.1.196/32", "10.30.3.139/32", "10.30.3.140/30", "10.30.3.144/28", "10.30.3.160/28", "10.30.3.176/29", "10.30.3.184/30", "10.30.3.188/32"]
}

# r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI
resource "azurerm_network_security_rule" "pp_r024_in" {
  name                         = "pp-r024-in"
  resource_group_name          = var.resource_group_name
  network_security_group_name  = var.network_security_group_name
  description                  = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  priority                     = 200
  direction                    = "Inbound"
  access                       = "Allow"
  protocol                     = "Tcp"
  source_port_range            = "*"
  destination_port_ranges      = ["80", "443"]
  source_address_prefixes      = ["10.99.0.0/24", "10.99.1.10/31", "10.99.1.12/30", "10.99.1.16/28", "10.99.1.32/29", "10.99.1.40/32"]
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
      destination_fqdns = ["*.s3.eu-central-1.amazonaws.com", "*.dmaas.helios.cohesity.com"]
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
      destination_fqdns = ["vc001.corp.example", "vc002.corp.example", "vc003.corp.example", "vc004.corp.example", "vc005.corp.example", "vc006.corp.example", "vc007.corp.example", "vc008.corp.example", "vc011.corp.example", "vc012.corp.example", "vc013.corp.example", "vc014.corp.example", "vc015.corp.example", "vc016.corp.example", "vc017.corp.example", "vc018.corp.example", "vc021.corp.example", "vc022.corp.example", "vc023.corp.example", "vc024.corp.example"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r014-web"
      description       = "r014 vmc-vcenter-api (4.1): vSphere API calls for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["vc010.corp.example", "vc020.corp.example"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r017-web"
      description       = "r017 avs-vcenter-api (5.1): vSphere API calls for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["vc009.corp.example", "vc019.corp.example"]
      protocols {
        type = "Https"
        port = 443
      }
    }

    rule {
      name              = "pp-r023-web"
      description       = "r023 nas-snapshot-api (10.3): Storage array API for snapshot-based backups (NetApp, Isilon, Pure Storage and similar)"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["nas001.corp.example", "nas004.corp.example", "nas007.corp.example", "nas010.corp.example", "nas013.corp.example", "nas016.corp.example", "nas019.corp.example", "nas022.corp.example", "nas025.corp.example", "nas028.corp.example", "nas031.corp.example", "nas034.corp.example", "nas037.corp.example", "nas040.corp.example", "nas043.corp.example", "nas046.corp.example", "nas049.corp.example", "nas052.corp.example", "nas055.corp.example", "nas058.corp.example"]
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
      description       = "r008 mgmt-ntp (1.8): Time synchronisation, to the inventory's NTP servers; 323/udp: Monitoring and steering chrony with chronyc"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["ntp1.corp.example", "ntp2.corp.example"]
      protocols         = ["UDP"]
      destination_ports = ["123", "323"]
    }

    rule {
      name              = "pp-r009"
      description       = "r009 mgmt-support-channel (1.9): Support channel (SSH) for Cohesity support"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["rt.cohesity.com"]
      protocols         = ["TCP"]
      destination_ports = ["22"]
    }

    rule {
      name              = "pp-r013"
      description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["ora00001.corp.example", "ora00002.corp.example", "ora00003.corp.example", "ora00004.corp.example", "ora00005.corp.example", "ora00006.corp.example", "ora00007.corp.example", "ora00008.corp.example", "ora00009.corp.example", "ora00010.corp.example", "ora00011.corp.example", "ora00012.corp.example", "ora00013.corp.example", "ora00014.corp.example", "ora00015.corp.example", "ora00016.corp.example", "ora00017.corp.example", "ora00018.corp.example", "ora00019.corp.example", "ora00020.corp.example", "ora00021.corp.example", "ora00022.corp.example", "ora00023.corp.example", "ora00024.corp.example", "ora00025.corp.example", "ora00026.corp.example", "ora00027.corp.example", "ora00028.corp.example", "ora00029.corp.example", "ora00030.corp.example", "ora00031.corp.example", "ora00032.corp.example", "ora00033.corp.example", "ora00034.corp.example", "ora00035.corp.example", "ora00036.corp.example", "ora00037.corp.example", "ora00038.corp.example", "ora00039.corp.example", "ora00040.corp.example", "ora00041.corp.example", "ora00042.corp.example", "ora00043.corp.example", "ora00044.corp.example", "ora00045.corp.example", "ora00046.corp.example", "ora00047.corp.example", "ora00048.corp.example", "ora00049.corp.example", "ora00050.corp.example", "ora00051.corp.example", "ora00052.corp.example", "ora00053.corp.example", "ora00054.corp.example", "ora00055.corp.example", "ora00056.corp.example", "ora00057.corp.example", "ora00058.corp.example", "ora00059.corp.example", "ora00060.corp.example", "ora00061.corp.example", "ora00062.corp.example", "ora00063.corp.example", "ora00064.corp.example", "ora00065.corp.example", "ora00066.corp.example", "ora00067.corp.example", "ora00068.corp.example", "ora00069.corp.example", "ora00070.corp.example", "ora00071.corp.example", "ora00072.corp.example", "ora00073.corp.example", "ora00074.corp.example", "ora00075.corp.example", "ora00076.corp.example", "ora00077.corp.example", "ora00078.corp.example", "ora00079.corp.example", "ora00080.corp.example", "ora00081.corp.example", "ora00082.corp.example", "ora00083.corp.example", "ora00084.corp.example", "ora00085.corp.example", "ora00086.corp.example", "ora00087.corp.example", "ora00088.corp.example", "ora00089.corp.example", "ora00090.corp.example", "ora00091.corp.example", "ora00092.corp.example", "ora00093.corp.example", "ora00094.corp.example", "ora00095.corp.example", "ora00096.corp.example", "ora00097.corp.example", "ora00098.corp.example", "ora00099.corp.example", "ora00100.corp.example", "ora00101.corp.example", "ora00102.corp.example", "ora00103.corp.example", "ora00104.corp.example", "ora00105.corp.example", "ora00106.corp.example", "ora00107.corp.example", "ora00108.corp.example", "ora00109.corp.example", "ora00110.corp.example", "ora00111.corp.example", "ora00112.corp.example", "ora00113.corp.example", "ora00114.corp.example", "ora00115.corp.example", "ora00116.corp.example", "ora00117.corp.example", "ora00118.corp.example", "ora00119.corp.example", "ora00120.corp.example", "ora00121.corp.example", "ora00122.corp.example", "ora00123.corp.example", "ora00124.corp.example", "ora00125.corp.example", "ora00126.corp.example", "ora00127.corp.example", "ora00128.corp.example", "ora00129.corp.example", "ora00130.corp.example", "ora00131.corp.example", "ora00132.corp.example", "ora00133.corp.example", "ora00134.corp.example", "ora00135.corp.example", "ora00136.corp.example", "ora00137.corp.example", "ora00138.corp.example", "ora00139.corp.example", "ora00140.corp.example", "ora00141.corp.example", "ora00142.corp.example", "ora00143.corp.example", "ora00144.corp.example", "ora00145.corp.example", "ora00146.corp.example", "ora00147.corp.example", "ora00148.corp.example", "ora00149.corp.example", "ora00150.corp.example", "ora00151.corp.example", "ora00152.corp.example", "ora00153.corp.example", "ora00154.corp.example", "ora00155.corp.example", "ora00156.corp.example", "ora00157.corp.example", "ora00158.corp.example", "ora00159.corp.example", "ora00160.corp.example", "ora00161.corp.example", "ora00162.corp.example", "ora00163.corp.example", "ora00164.corp.example", "ora00165.corp.example", "ora00166.corp.example", "ora00167.corp.example", "ora00168.corp.example", "ora00169.corp.example", "ora00170.corp.example", "ora00171.corp.example", "ora00172.corp.example", "ora00173.corp.example", "ora00174.corp.example", "ora00175.corp.example", "ora00176.corp.example", "ora00177.corp.example", "ora00178.corp.example", "ora00179.corp.example", "ora00180.corp.example", "ora00181.corp.example", "ora00182.corp.example", "ora00183.corp.example", "ora00184.corp.example", "ora00185.corp.example", "ora00186.corp.example", "ora00187.corp.example", "ora00188.corp.example", "ora00189.corp.example", "ora00190.corp.example", "ora00191.corp.example", "ora00192.corp.example", "ora00193.corp.example", "ora00194.corp.example", "ora00195.corp.example", "ora00196.corp.example", "ora00197.corp.example", "ora00198.corp.example", "ora00199.corp.example", "ora00200.corp.example", "ora00201.corp.example", "ora00202.corp.example", "ora00203.corp.example", "ora00204.corp.example", "ora00205.corp.example", "ora00206.corp.example", "ora00207.corp.example", "ora00208.corp.example", "ora00209.corp.example", "ora00210.corp.example", "ora00211.corp.example", "ora00212.corp.example", "ora00213.corp.example", "ora00214.corp.example", "ora00215.corp.example", "ora00216.corp.example", "ora00217.corp.example", "ora00218.corp.example", "ora00219.corp.example", "ora00220.corp.example", "ora00221.corp.example", "ora00222.corp.example", "ora00223.corp.example", "ora00224.corp.example", "ora00225.corp.example", "ora00226.corp.example", "ora00227.corp.example", "ora00228.corp.example", "ora00229.corp.example", "ora00230.corp.example", "ora00231.corp.example", "ora00232.corp.example", "ora00233.corp.example", "ora00234.corp.example", "ora00235.corp.example", "ora00236.corp.example", "ora00237.corp.example", "ora00238.corp.example", "ora00239.corp.example", "ora00240.corp.example", "ora00241.corp.example", "ora00242.corp.example", "ora00243.corp.example", "ora00244.corp.example", "ora00245.corp.example", "ora00246.corp.example", "ora00247.corp.example", "ora00248.corp.example", "ora00249.corp.example", "ora00250.corp.example", "ora00251.corp.example", "ora00252.corp.example", "ora00253.corp.example", "ora00254.corp.example", "ora00255.corp.example", "ora00256.corp.example", "ora00257.corp.example", "ora00258.corp.example", "ora00259.corp.example", "ora00260.corp.example", "ora00261.corp.example", "ora00262.corp.example", "ora00263.corp.example", "ora00264.corp.example", "ora00265.corp.example", "ora00266.corp.example", "ora00267.corp.example", "ora00268.corp.example", "ora00269.corp.example", "ora00270.corp.example", "ora00271.corp.example", "ora00272.corp.example", "ora00273.corp.example", "ora00274.corp.example", "ora00275.corp.example", "ora00276.corp.example", "ora00277.corp.example", "ora00278.corp.example", "ora00279.corp.example", "ora00280.corp.example", "ora00281.corp.example", "ora00282.corp.example", "ora00283.corp.example", "ora00284.corp.example", "ora00285.corp.example", "ora00286.corp.example", "ora00287.corp.example", "ora00288.corp.example", "ora00289.corp.example", "ora00290.corp.example", "ora00291.corp.example", "ora00292.corp.example", "ora00293.corp.example", "ora00294.corp.example", "ora00295.corp.example", "ora00296.corp.example", "ora00297.corp.example", "ora00298.corp.example", "ora00299.corp.example", "ora00300.corp.example", "sql00001.corp.example", "sql00002.corp.example", "sql00003.corp.example", "sql00004.corp.example", "sql00005.corp.example", "sql00006.corp.example", "sql00007.corp.example", "sql00008.corp.example", "sql00009.corp.example", "sql00010.corp.example", "sql00011.corp.example", "sql00012.corp.example", "sql00013.corp.example", "sql00014.corp.example", "sql00015.corp.example", "sql00016.corp.example", "sql00017.corp.example", "sql00018.corp.example", "sql00019.corp.example", "sql00020.corp.example", "sql00021.corp.example", "sql00022.corp.example", "sql00023.corp.example", "sql00024.corp.example", "sql00025.corp.example", "sql00026.corp.example", "sql00027.corp.example", "sql00028.corp.example", "sql00029.corp.example", "sql00030.corp.example", "sql00031.corp.example", "sql00032.corp.example", "sql00033.corp.example", "sql00034.corp.example", "sql00035.corp.example", "sql00036.corp.example", "sql00037.corp.example", "sql00038.corp.example", "sql00039.corp.example", "sql00040.corp.example", "sql00041.corp.example", "sql00042.corp.example", "sql00043.corp.example", "sql00044.corp.example", "sql00045.corp.example", "sql00046.corp.example", "sql00047.corp.example", "sql00048.corp.example", "sql00049.corp.example", "sql00050.corp.example", "sql00051.corp.example", "sql00052.corp.example", "sql00053.corp.example", "sql00054.corp.example", "sql00055.corp.example", "sql00056.corp.example", "sql00057.corp.example", "sql00058.corp.example", "sql00059.corp.example", "sql00060.corp.example", "sql00061.corp.example", "sql00062.corp.example", "sql00063.corp.example", "sql00064.corp.example", "sql00065.corp.example", "sql00066.corp.example", "sql00067.corp.example", "sql00068.corp.example", "sql00069.corp.example", "sql00070.corp.example", "sql00071.corp.example", "sql00072.corp.example", "sql00073.corp.example", "sql00074.corp.example", "sql00075.corp.example", "sql00076.corp.example", "sql00077.corp.example", "sql00078.corp.example", "sql00079.corp.example", "sql00080.corp.example", "sql00081.corp.example", "sql00082.corp.example", "sql00083.corp.example", "sql00084.corp.example", "sql00085.corp.example", "sql00086.corp.example", "sql00087.corp.example", "sql00088.corp.example", "sql00089.corp.example", "sql00090.corp.example", "sql00091.corp.example", "sql00092.corp.example", "sql00093.corp.example", "sql00094.corp.example", "sql00095.corp.example", "sql00096.corp.example", "sql00097.corp.example", "sql00098.corp.example", "sql00099.corp.example", "sql00100.corp.example", "sql00101.corp.example", "sql00102.corp.example", "sql00103.corp.example", "sql00104.corp.example", "sql00105.corp.example", "sql00106.corp.example", "sql00107.corp.example", "sql00108.corp.example", "sql00109.corp.example", "sql00110.corp.example", "sql00111.corp.example", "sql00112.corp.example", "sql00113.corp.example", "sql00114.corp.example", "sql00115.corp.example", "sql00116.corp.example", "sql00117.corp.example", "sql00118.corp.example", "sql00119.corp.example", "sql00120.corp.example", "sql00121.corp.example", "sql00122.corp.example", "sql00123.corp.example", "sql00124.corp.example", "sql00125.corp.example", "sql00126.corp.example", "sql00127.corp.example", "sql00128.corp.example", "sql00129.corp.example", "sql00130.corp.example", "sql00131.corp.example", "sql00132.corp.example", "sql00133.corp.example", "sql00134.corp.example", "sql00135.corp.example", "sql00136.corp.example", "sql00137.corp.example", "sql00138.corp.example", "sql00139.corp.example", "sql00140.corp.example", "sql00141.corp.example", "sql00142.corp.example", "sql00143.corp.example", "sql00144.corp.example", "sql00145.corp.example", "sql00146.corp.example", "sql00147.corp.example", "sql00148.corp.example", "sql00149.corp.example", "sql00150.corp.example", "sql00151.corp.example", "sql00152.corp.example", "sql00153.corp.example", "sql00154.corp.example", "sql00155.corp.example", "sql00156.corp.example", "sql00157.corp.example", "sql00158.corp.example", "sql00159.corp.example", "sql00160.corp.example", "sql00161.corp.example", "sql00162.corp.example", "sql00163.corp.example", "sql00164.corp.example", "sql00165.corp.example", "sql00166.corp.example", "sql00167.corp.example", "sql00168.corp.example", "sql00169.corp.example", "sql00170.corp.example", "sql00171.corp.example", "sql00172.corp.example", "sql00173.corp.example", "sql00174.corp.example", "sql00175.corp.example", "sql00176.corp.example", "sql00177.corp.example", "sql00178.corp.example", "sql00179.corp.example", "sql00180.corp.example", "sql00181.corp.example", "sql00182.corp.example", "sql00183.corp.example", "sql00184.corp.example", "sql00185.corp.example", "sql00186.corp.example", "sql00187.corp.example", "sql00188.corp.example", "sql00189.corp.example", "sql00190.corp.example", "sql00191.corp.example", "sql00192.corp.example", "sql00193.corp.example", "sql00194.corp.example", "sql00195.corp.example", "sql00196.corp.example", "sql00197.corp.example", "sql00198.corp.example", "sql00199.corp.example", "sql00200.corp.example", "sql00201.corp.example", "sql00202.corp.example", "sql00203.corp.example", "sql00204.corp.example", "sql00205.corp.example", "sql00206.corp.example", "sql00207.corp.example", "sql00208.corp.example", "sql00209.corp.example", "sql00210.corp.example", "sql00211.corp.example", "sql00212.corp.example", "sql00213.corp.example", "sql00214.corp.example", "sql00215.corp.example", "sql00216.corp.example", "sql00217.corp.example", "sql00218.corp.example", "sql00219.corp.example", "sql00220.corp.example", "sql00221.corp.example", "sql00222.corp.example", "sql00223.corp.example", "sql00224.corp.example", "sql00225.corp.example", "sql00226.corp.example", "sql00227.corp.example", "sql00228.corp.example", "sql00229.corp.example", "sql00230.corp.example", "sql00231.corp.example", "sql00232.corp.example", "sql00233.corp.example", "sql00234.corp.example", "sql00235.corp.example", "sql00236.corp.example", "sql00237.corp.example", "sql00238.corp.example", "sql00239.corp.example", "sql00240.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["50051"]
    }

    rule {
      name              = "pp-r021"
      description       = "r021 nas-nfs (10.1): NFS access to the NAS for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["nas001.corp.example", "nas002.corp.example", "nas004.corp.example", "nas005.corp.example", "nas007.corp.example", "nas008.corp.example", "nas010.corp.example", "nas011.corp.example", "nas013.corp.example", "nas014.corp.example", "nas016.corp.example", "nas017.corp.example", "nas019.corp.example", "nas020.corp.example", "nas022.corp.example", "nas023.corp.example", "nas025.corp.example", "nas026.corp.example", "nas028.corp.example", "nas029.corp.example", "nas031.corp.example", "nas032.corp.example", "nas034.corp.example", "nas035.corp.example", "nas037.corp.example", "nas038.corp.example", "nas040.corp.example", "nas041.corp.example", "nas043.corp.example", "nas044.corp.example", "nas046.corp.example", "nas047.corp.example", "nas049.corp.example", "nas050.corp.example", "nas052.corp.example", "nas053.corp.example", "nas055.corp.example", "nas056.corp.example", "nas058.corp.example", "nas059.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["111", "2049"]
    }

    rule {
      name              = "pp-r022"
      description       = "r022 nas-smb (10.2): SMB access to the NAS for backup and recovery"
      source_addresses  = ["10.20.0.11/32"]
      destination_fqdns = ["nas001.corp.example", "nas003.corp.example", "nas004.corp.example", "nas006.corp.example", "nas007.corp.example", "nas009.corp.example", "nas010.corp.example", "nas012.corp.example", "nas013.corp.example", "nas015.corp.example", "nas016.corp.example", "nas018.corp.example", "nas019.corp.example", "nas021.corp.example", "nas022.corp.example", "nas024.corp.example", "nas025.corp.example", "nas027.corp.example", "nas028.corp.example", "nas030.corp.example", "nas031.corp.example", "nas033.corp.example", "nas034.corp.example", "nas036.corp.example", "nas037.corp.example", "nas039.corp.example", "nas040.corp.example", "nas042.corp.example", "nas043.corp.example", "nas045.corp.example", "nas046.corp.example", "nas048.corp.example", "nas049.corp.example", "nas051.corp.example", "nas052.corp.example", "nas054.corp.example", "nas055.corp.example", "nas057.corp.example", "nas058.corp.example", "nas060.corp.example"]
      protocols         = ["TCP"]
      destination_ports = ["445"]
    }
  }
}
