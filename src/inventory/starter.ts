// The commented starter inventory `portplan init` writes.

/** A valid inventory with every section shown, for a user to edit. Addresses are documentation ranges. */
export const STARTER_INVENTORY = `# portplan inventory: your SaaS Connectors and what they protect.
# Check it with "portplan plan THIS_FILE"; editors complete it with schema/inventory.schema.json.
# Addresses may be an IP (v4 or v6), a CIDR (10.0.0.0/24), a range (10.0.0.5-10.0.0.9) or a hostname.

cloud:
  region: us-east-1            # AWS region of your DataProtect as a Service tenant

connectors:                    # the SaaS Connector VMs
  - { name: sc-01, address: 192.0.2.11 }
  # - { name: sc-02, address: 192.0.2.12 }

services:
  # dns: [192.0.2.53]          # internal DNS servers (IP addresses); default 8.8.8.8
  # ntp: [ntp.example.com]     # internal NTP servers; default time.google.com
  supportChannelPort: 22       # support channel to rt.cohesity.com: 22 or 443
  chronycMonitoring: false     # true also opens 323/udp for chronyc

clients: []                    # where the UI is used to upgrade agents, e.g. [192.0.2.0/24]

sources:
  vmware:                      # platform: on-prem, vmc (VMware Cloud on AWS) or avs (Azure VMware Solution)
    - { name: vc01, vcenter: vc01.example.com, esxi: [192.0.2.64/28], platform: on-prem }
  hyperv: []                   # - { host: hv01.example.com, guests: [192.0.2.128/26] }
  physical: []                 # - { host: 192.0.2.200 }
  oracle: []                   # - { host: ora01.example.com, os: linux }   (os: linux or windows)
  mssql: []                    # - { host: sql01.example.com }
  nas: []                      # - { host: nas01.example.com, protocols: [nfs, smb, snapshot-api] }
`;
