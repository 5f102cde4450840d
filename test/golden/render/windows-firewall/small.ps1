# portplan 0.1.0 render --target windows-firewall
# inventory: examples/small.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# covers: the Windows Firewall of each Windows data source (Hyper-V hosts and guests, SQL Server hosts, physical servers, Oracle hosts with os: windows): the flows that end on it, and the rows that stay on it
# rules: 3
# not expressed here (open these another way):
#   host names: this target names only addresses (render with --resolve to write the addresses they have now) (targets that can: paloalto, fortigate, cisco-asa):
#     r020 hv01 (hv01.corp.example)
#
# Run each section on the host it names, in an elevated PowerShell (NetSecurity module,
# Windows Server 2012 or later). Each rule is named, so running a line twice fails instead of
# adding a duplicate; sections for an address or a CIDR carry it as -LocalAddress and match
# only there. Physical servers: the inventory does not give their OS; their sections are for
# those that run Windows. Linux hosts (and Oracle hosts with os: linux) get nothing here.
# Outgoing flows from these hosts need no rule while the outbound default stays Allow.
# Remove every rule of this file: Remove-NetFirewallRule -Group 'portplan'

# hv01 (hv01.corp.example)
New-NetFirewallRule -Name 'portplan-r013-hv01' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# web01 (10.50.0.5)
New-NetFirewallRule -Name 'portplan-r013-web01' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.50.0.5' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r021 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql01 (sql01.corp.example)
New-NetFirewallRule -Name 'portplan-r013-sql01' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r022 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open
