# portplan 0.1.0 render --target windows-firewall
# inventory: examples/large.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# covers: the Windows Firewall of each Windows data source (Hyper-V hosts and guests, SQL Server hosts, physical servers, Oracle hosts with os: windows): the flows that end on it, and the rows that stay on it
# rules: 123
# not expressed here: nothing
#
# Run each section on the host it names, in an elevated PowerShell (NetSecurity module,
# Windows Server 2012 or later). Each rule is named, so running a line twice fails instead of
# adding a duplicate; sections for an address or a CIDR carry it as -LocalAddress and match
# only there. Physical servers: the inventory does not give their OS; their sections are for
# those that run Windows. Linux hosts (and Oracle hosts with os: linux) get nothing here.
# Outgoing flows from these hosts need no rule while the outbound default stays Allow.
# Remove every rule of this file: Remove-NetFirewallRule -Group 'portplan'

# hv0001 (10.40.0.1)
New-NetFirewallRule -Name 'portplan-r013-hv0001' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.1' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0002 (10.40.0.2)
New-NetFirewallRule -Name 'portplan-r013-hv0002' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.2' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0003 (10.40.0.3)
New-NetFirewallRule -Name 'portplan-r013-hv0003' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.3' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0004 (10.40.0.4)
New-NetFirewallRule -Name 'portplan-r013-hv0004' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.4' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0005 (10.40.0.5)
New-NetFirewallRule -Name 'portplan-r013-hv0005' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.5' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0006 (10.40.0.6)
New-NetFirewallRule -Name 'portplan-r013-hv0006' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.6' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0007 (10.40.0.7)
New-NetFirewallRule -Name 'portplan-r013-hv0007' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.7' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0008 (10.40.0.8)
New-NetFirewallRule -Name 'portplan-r013-hv0008' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.8' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0009 (10.40.0.9)
New-NetFirewallRule -Name 'portplan-r013-hv0009' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.9' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0010 (10.40.0.10)
New-NetFirewallRule -Name 'portplan-r013-hv0010' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.10' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0011 (10.40.0.11)
New-NetFirewallRule -Name 'portplan-r013-hv0011' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.11' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0012 (10.40.0.12)
New-NetFirewallRule -Name 'portplan-r013-hv0012' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.12' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0013 (10.40.0.13)
New-NetFirewallRule -Name 'portplan-r013-hv0013' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.13' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0014 (10.40.0.14)
New-NetFirewallRule -Name 'portplan-r013-hv0014' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.14' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0015 (10.40.0.15)
New-NetFirewallRule -Name 'portplan-r013-hv0015' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.15' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0016 (10.40.0.16)
New-NetFirewallRule -Name 'portplan-r013-hv0016' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.16' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0017 (10.40.0.17)
New-NetFirewallRule -Name 'portplan-r013-hv0017' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.17' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0018 (10.40.0.18)
New-NetFirewallRule -Name 'portplan-r013-hv0018' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.18' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0019 (10.40.0.19)
New-NetFirewallRule -Name 'portplan-r013-hv0019' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.19' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0020 (10.40.0.20)
New-NetFirewallRule -Name 'portplan-r013-hv0020' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.20' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0021 (10.40.0.21)
New-NetFirewallRule -Name 'portplan-r013-hv0021' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.21' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0022 (10.40.0.22)
New-NetFirewallRule -Name 'portplan-r013-hv0022' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.22' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0023 (10.40.0.23)
New-NetFirewallRule -Name 'portplan-r013-hv0023' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.23' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0024 (10.40.0.24)
New-NetFirewallRule -Name 'portplan-r013-hv0024' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.24' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0025 (10.40.0.25)
New-NetFirewallRule -Name 'portplan-r013-hv0025' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.25' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0026 (10.40.0.26)
New-NetFirewallRule -Name 'portplan-r013-hv0026' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.26' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0027 (10.40.0.27)
New-NetFirewallRule -Name 'portplan-r013-hv0027' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.27' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0028 (10.40.0.28)
New-NetFirewallRule -Name 'portplan-r013-hv0028' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.28' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0029 (10.40.0.29)
New-NetFirewallRule -Name 'portplan-r013-hv0029' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.29' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0030 (10.40.0.30)
New-NetFirewallRule -Name 'portplan-r013-hv0030' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.30' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0031 (10.40.0.31)
New-NetFirewallRule -Name 'portplan-r013-hv0031' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.31' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0032 (10.40.0.32)
New-NetFirewallRule -Name 'portplan-r013-hv0032' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.32' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0033 (10.40.0.33)
New-NetFirewallRule -Name 'portplan-r013-hv0033' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.33' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0034 (10.40.0.34)
New-NetFirewallRule -Name 'portplan-r013-hv0034' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.34' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0035 (10.40.0.35)
New-NetFirewallRule -Name 'portplan-r013-hv0035' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.35' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0036 (10.40.0.36)
New-NetFirewallRule -Name 'portplan-r013-hv0036' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.36' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0037 (10.40.0.37)
New-NetFirewallRule -Name 'portplan-r013-hv0037' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.37' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0038 (10.40.0.38)
New-NetFirewallRule -Name 'portplan-r013-hv0038' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.38' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0039 (10.40.0.39)
New-NetFirewallRule -Name 'portplan-r013-hv0039' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.39' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0040 (10.40.0.40)
New-NetFirewallRule -Name 'portplan-r013-hv0040' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.40' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0041 (10.40.0.41)
New-NetFirewallRule -Name 'portplan-r013-hv0041' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.41' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0042 (10.40.0.42)
New-NetFirewallRule -Name 'portplan-r013-hv0042' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.42' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0043 (10.40.0.43)
New-NetFirewallRule -Name 'portplan-r013-hv0043' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.43' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0044 (10.40.0.44)
New-NetFirewallRule -Name 'portplan-r013-hv0044' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.44' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0045 (10.40.0.45)
New-NetFirewallRule -Name 'portplan-r013-hv0045' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.45' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0046 (10.40.0.46)
New-NetFirewallRule -Name 'portplan-r013-hv0046' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.46' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0047 (10.40.0.47)
New-NetFirewallRule -Name 'portplan-r013-hv0047' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.47' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0048 (10.40.0.48)
New-NetFirewallRule -Name 'portplan-r013-hv0048' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.48' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0049 (10.40.0.49)
New-NetFirewallRule -Name 'portplan-r013-hv0049' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.49' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0050 (10.40.0.50)
New-NetFirewallRule -Name 'portplan-r013-hv0050' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.50' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0051 (10.40.0.51)
New-NetFirewallRule -Name 'portplan-r013-hv0051' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.51' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0052 (10.40.0.52)
New-NetFirewallRule -Name 'portplan-r013-hv0052' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.52' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0053 (10.40.0.53)
New-NetFirewallRule -Name 'portplan-r013-hv0053' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.53' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0054 (10.40.0.54)
New-NetFirewallRule -Name 'portplan-r013-hv0054' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.54' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0055 (10.40.0.55)
New-NetFirewallRule -Name 'portplan-r013-hv0055' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.55' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0056 (10.40.0.56)
New-NetFirewallRule -Name 'portplan-r013-hv0056' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.56' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0057 (10.40.0.57)
New-NetFirewallRule -Name 'portplan-r013-hv0057' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.57' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0058 (10.40.0.58)
New-NetFirewallRule -Name 'portplan-r013-hv0058' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.58' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0059 (10.40.0.59)
New-NetFirewallRule -Name 'portplan-r013-hv0059' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.59' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0060 (10.40.0.60)
New-NetFirewallRule -Name 'portplan-r013-hv0060' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.60' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0061 (10.40.0.61)
New-NetFirewallRule -Name 'portplan-r013-hv0061' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.61' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0062 (10.40.0.62)
New-NetFirewallRule -Name 'portplan-r013-hv0062' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.62' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0063 (10.40.0.63)
New-NetFirewallRule -Name 'portplan-r013-hv0063' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.63' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0064 (10.40.0.64)
New-NetFirewallRule -Name 'portplan-r013-hv0064' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.64' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0065 (10.40.0.65)
New-NetFirewallRule -Name 'portplan-r013-hv0065' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.65' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0066 (10.40.0.66)
New-NetFirewallRule -Name 'portplan-r013-hv0066' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.66' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0067 (10.40.0.67)
New-NetFirewallRule -Name 'portplan-r013-hv0067' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.67' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0068 (10.40.0.68)
New-NetFirewallRule -Name 'portplan-r013-hv0068' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.68' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0069 (10.40.0.69)
New-NetFirewallRule -Name 'portplan-r013-hv0069' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.69' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0070 (10.40.0.70)
New-NetFirewallRule -Name 'portplan-r013-hv0070' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.70' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0071 (10.40.0.71)
New-NetFirewallRule -Name 'portplan-r013-hv0071' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.71' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0072 (10.40.0.72)
New-NetFirewallRule -Name 'portplan-r013-hv0072' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.72' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0073 (10.40.0.73)
New-NetFirewallRule -Name 'portplan-r013-hv0073' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.73' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0074 (10.40.0.74)
New-NetFirewallRule -Name 'portplan-r013-hv0074' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.74' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0075 (10.40.0.75)
New-NetFirewallRule -Name 'portplan-r013-hv0075' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.75' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0076 (10.40.0.76)
New-NetFirewallRule -Name 'portplan-r013-hv0076' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.76' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0077 (10.40.0.77)
New-NetFirewallRule -Name 'portplan-r013-hv0077' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.77' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0078 (10.40.0.78)
New-NetFirewallRule -Name 'portplan-r013-hv0078' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.78' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0079 (10.40.0.79)
New-NetFirewallRule -Name 'portplan-r013-hv0079' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.79' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0080 (10.40.0.80)
New-NetFirewallRule -Name 'portplan-r013-hv0080' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.80' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0081 (10.40.0.81)
New-NetFirewallRule -Name 'portplan-r013-hv0081' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.81' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0082 (10.40.0.82)
New-NetFirewallRule -Name 'portplan-r013-hv0082' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.82' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0083 (10.40.0.83)
New-NetFirewallRule -Name 'portplan-r013-hv0083' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.83' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0084 (10.40.0.84)
New-NetFirewallRule -Name 'portplan-r013-hv0084' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.84' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0085 (10.40.0.85)
New-NetFirewallRule -Name 'portplan-r013-hv0085' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.85' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0086 (10.40.0.86)
New-NetFirewallRule -Name 'portplan-r013-hv0086' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.86' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0087 (10.40.0.87)
New-NetFirewallRule -Name 'portplan-r013-hv0087' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.87' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0088 (10.40.0.88)
New-NetFirewallRule -Name 'portplan-r013-hv0088' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.88' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0089 (10.40.0.89)
New-NetFirewallRule -Name 'portplan-r013-hv0089' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.89' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0090 (10.40.0.90)
New-NetFirewallRule -Name 'portplan-r013-hv0090' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.90' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0091 (10.40.0.91)
New-NetFirewallRule -Name 'portplan-r013-hv0091' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.91' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0092 (10.40.0.92)
New-NetFirewallRule -Name 'portplan-r013-hv0092' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.92' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0093 (10.40.0.93)
New-NetFirewallRule -Name 'portplan-r013-hv0093' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.93' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0094 (10.40.0.94)
New-NetFirewallRule -Name 'portplan-r013-hv0094' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.94' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0095 (10.40.0.95)
New-NetFirewallRule -Name 'portplan-r013-hv0095' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.95' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0096 (10.40.0.96)
New-NetFirewallRule -Name 'portplan-r013-hv0096' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.96' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0097 (10.40.0.97)
New-NetFirewallRule -Name 'portplan-r013-hv0097' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.97' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0098 (10.40.0.98)
New-NetFirewallRule -Name 'portplan-r013-hv0098' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.98' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0099 (10.40.0.99)
New-NetFirewallRule -Name 'portplan-r013-hv0099' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.99' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0100 (10.40.0.100)
New-NetFirewallRule -Name 'portplan-r013-hv0100' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.100' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0101 (10.40.0.101)
New-NetFirewallRule -Name 'portplan-r013-hv0101' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.101' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0102 (10.40.0.102)
New-NetFirewallRule -Name 'portplan-r013-hv0102' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.102' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0103 (10.40.0.103)
New-NetFirewallRule -Name 'portplan-r013-hv0103' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.103' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0104 (10.40.0.104)
New-NetFirewallRule -Name 'portplan-r013-hv0104' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.104' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0105 (10.40.0.105)
New-NetFirewallRule -Name 'portplan-r013-hv0105' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.105' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0106 (10.40.0.106)
New-NetFirewallRule -Name 'portplan-r013-hv0106' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.106' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0107 (10.40.0.107)
New-NetFirewallRule -Name 'portplan-r013-hv0107' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.107' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0108 (10.40.0.108)
New-NetFirewallRule -Name 'portplan-r013-hv0108' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.108' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0109 (10.40.0.109)
New-NetFirewallRule -Name 'portplan-r013-hv0109' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.109' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0110 (10.40.0.110)
New-NetFirewallRule -Name 'portplan-r013-hv0110' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.110' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0111 (10.40.0.111)
New-NetFirewallRule -Name 'portplan-r013-hv0111' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.111' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0112 (10.40.0.112)
New-NetFirewallRule -Name 'portplan-r013-hv0112' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.112' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0113 (10.40.0.113)
New-NetFirewallRule -Name 'portplan-r013-hv0113' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.113' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0114 (10.40.0.114)
New-NetFirewallRule -Name 'portplan-r013-hv0114' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.114' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0115 (10.40.0.115)
New-NetFirewallRule -Name 'portplan-r013-hv0115' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.115' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0116 (10.40.0.116)
New-NetFirewallRule -Name 'portplan-r013-hv0116' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.116' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0117 (10.40.0.117)
New-NetFirewallRule -Name 'portplan-r013-hv0117' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.117' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0118 (10.40.0.118)
New-NetFirewallRule -Name 'portplan-r013-hv0118' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.118' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0119 (10.40.0.119)
New-NetFirewallRule -Name 'portplan-r013-hv0119' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.119' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# hv0120 (10.40.0.120)
New-NetFirewallRule -Name 'portplan-r013-hv0120' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.40.0.120' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'

# 10.50.0.1-10.50.0.254
New-NetFirewallRule -Name 'portplan-r013-10.50.0.1-10.50.0.254' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.50.0.1-10.50.0.254' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# 10.50.1.1-10.50.1.254
New-NetFirewallRule -Name 'portplan-r013-10.50.1.1-10.50.1.254' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.50.1.1-10.50.1.254' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# 10.50.2.1-10.50.2.92
New-NetFirewallRule -Name 'portplan-r013-10.50.2.1-10.50.2.92' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -LocalAddress '10.50.2.1-10.50.2.92' -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00002.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00002.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00004.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00004.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00006.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00006.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00008.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00008.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00010.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00010.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00012.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00012.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00014.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00014.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00016.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00016.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00018.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00018.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00020.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00020.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00022.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00022.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00024.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00024.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00026.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00026.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00028.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00028.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00030.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00030.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00032.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00032.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00034.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00034.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00036.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00036.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00038.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00038.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00040.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00040.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00042.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00042.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00044.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00044.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00046.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00046.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00048.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00048.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00050.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00050.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00052.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00052.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00054.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00054.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00056.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00056.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00058.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00058.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00060.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00060.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00062.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00062.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00064.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00064.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00066.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00066.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00068.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00068.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00070.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00070.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00072.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00072.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00074.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00074.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00076.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00076.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00078.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00078.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00080.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00080.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00082.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00082.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00084.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00084.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00086.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00086.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00088.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00088.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00090.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00090.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00092.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00092.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00094.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00094.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00096.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00096.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00098.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00098.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00100.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00100.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00102.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00102.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00104.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00104.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00106.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00106.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00108.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00108.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00110.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00110.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00112.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00112.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00114.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00114.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00116.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00116.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00118.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00118.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00120.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00120.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00122.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00122.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00124.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00124.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00126.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00126.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00128.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00128.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00130.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00130.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00132.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00132.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00134.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00134.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00136.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00136.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00138.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00138.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00140.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00140.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00142.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00142.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00144.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00144.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00146.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00146.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00148.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00148.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00150.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00150.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00152.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00152.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00154.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00154.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00156.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00156.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00158.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00158.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00160.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00160.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00162.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00162.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00164.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00164.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00166.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00166.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00168.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00168.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00170.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00170.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00172.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00172.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00174.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00174.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00176.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00176.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00178.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00178.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00180.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00180.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00182.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00182.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00184.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00184.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00186.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00186.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00188.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00188.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00190.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00190.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00192.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00192.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00194.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00194.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00196.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00196.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00198.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00198.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00200.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00200.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00202.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00202.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00204.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00204.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00206.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00206.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00208.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00208.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00210.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00210.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00212.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00212.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00214.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00214.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00216.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00216.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00218.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00218.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00220.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00220.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00222.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00222.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00224.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00224.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00226.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00226.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00228.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00228.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00230.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00230.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00232.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00232.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00234.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00234.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00236.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00236.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00238.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00238.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00240.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00240.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00242.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00242.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00244.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00244.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00246.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00246.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00248.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00248.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00250.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00250.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00252.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00252.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00254.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00254.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00256.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00256.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00258.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00258.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00260.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00260.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00262.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00262.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00264.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00264.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00266.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00266.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00268.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00268.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00270.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00270.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00272.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00272.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00274.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00274.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00276.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00276.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00278.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00278.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00280.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00280.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00282.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00282.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00284.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00284.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00286.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00286.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00288.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00288.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00290.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00290.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00292.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00292.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00294.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00294.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00296.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00296.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00298.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00298.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# ora00300.corp.example
New-NetFirewallRule -Name 'portplan-r013-ora00300.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r147 physical-local-monitoring,oracle-local-monitoring (6.2 8.4): Agent self-monitoring and debugging on the server itself -- 59999/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00001.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00001.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00002.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00002.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00003.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00003.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00004.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00004.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00005.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00005.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00006.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00006.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00007.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00007.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00008.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00008.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00009.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00009.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00010.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00010.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00011.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00011.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00012.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00012.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00013.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00013.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00014.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00014.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00015.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00015.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00016.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00016.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00017.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00017.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00018.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00018.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00019.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00019.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00020.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00020.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00021.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00021.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00022.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00022.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00023.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00023.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00024.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00024.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00025.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00025.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00026.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00026.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00027.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00027.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00028.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00028.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00029.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00029.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00030.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00030.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00031.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00031.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00032.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00032.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00033.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00033.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00034.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00034.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00035.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00035.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00036.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00036.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00037.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00037.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00038.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00038.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00039.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00039.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00040.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00040.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00041.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00041.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00042.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00042.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00043.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00043.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00044.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00044.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00045.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00045.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00046.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00046.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00047.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00047.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00048.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00048.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00049.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00049.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00050.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00050.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00051.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00051.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00052.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00052.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00053.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00053.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00054.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00054.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00055.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00055.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00056.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00056.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00057.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00057.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00058.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00058.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00059.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00059.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00060.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00060.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00061.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00061.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00062.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00062.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00063.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00063.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00064.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00064.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00065.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00065.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00066.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00066.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00067.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00067.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00068.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00068.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00069.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00069.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00070.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00070.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00071.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00071.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00072.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00072.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00073.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00073.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00074.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00074.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00075.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00075.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00076.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00076.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00077.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00077.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00078.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00078.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00079.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00079.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00080.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00080.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00081.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00081.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00082.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00082.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00083.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00083.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00084.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00084.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00085.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00085.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00086.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00086.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00087.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00087.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00088.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00088.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00089.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00089.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00090.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00090.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00091.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00091.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00092.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00092.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00093.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00093.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00094.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00094.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00095.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00095.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00096.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00096.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00097.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00097.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00098.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00098.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00099.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00099.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00100.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00100.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00101.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00101.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00102.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00102.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00103.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00103.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00104.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00104.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00105.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00105.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00106.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00106.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00107.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00107.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00108.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00108.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00109.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00109.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00110.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00110.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00111.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00111.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00112.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00112.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00113.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00113.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00114.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00114.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00115.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00115.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00116.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00116.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00117.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00117.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00118.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00118.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00119.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00119.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00120.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00120.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00121.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00121.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00122.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00122.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00123.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00123.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00124.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00124.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00125.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00125.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00126.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00126.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00127.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00127.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00128.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00128.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00129.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00129.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00130.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00130.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00131.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00131.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00132.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00132.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00133.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00133.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00134.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00134.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00135.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00135.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00136.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00136.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00137.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00137.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00138.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00138.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00139.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00139.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00140.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00140.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00141.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00141.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00142.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00142.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00143.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00143.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00144.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00144.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00145.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00145.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00146.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00146.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00147.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00147.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00148.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00148.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00149.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00149.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00150.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00150.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00151.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00151.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00152.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00152.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00153.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00153.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00154.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00154.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00155.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00155.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00156.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00156.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00157.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00157.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00158.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00158.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00159.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00159.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00160.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00160.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00161.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00161.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00162.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00162.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00163.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00163.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00164.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00164.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00165.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00165.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00166.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00166.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00167.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00167.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00168.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00168.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00169.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00169.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00170.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00170.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00171.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00171.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00172.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00172.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00173.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00173.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00174.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00174.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00175.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00175.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00176.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00176.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00177.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00177.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00178.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00178.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00179.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00179.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00180.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00180.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00181.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00181.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00182.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00182.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00183.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00183.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00184.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00184.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00185.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00185.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00186.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00186.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00187.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00187.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00188.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00188.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00189.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00189.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00190.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00190.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00191.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00191.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00192.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00192.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00193.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00193.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00194.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00194.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00195.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00195.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00196.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00196.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00197.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00197.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00198.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00198.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00199.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00199.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00200.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00200.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00201.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00201.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00202.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00202.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00203.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00203.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00204.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00204.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00205.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00205.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00206.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00206.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00207.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00207.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00208.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00208.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00209.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00209.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00210.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00210.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00211.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00211.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00212.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00212.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00213.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00213.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00214.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00214.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00215.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00215.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00216.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00216.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00217.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00217.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00218.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00218.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00219.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00219.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00220.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00220.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00221.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00221.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00222.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00222.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00223.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00223.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00224.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00224.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00225.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00225.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00226.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00226.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00227.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00227.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00228.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00228.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00229.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00229.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00230.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00230.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00231.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00231.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00232.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00232.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00233.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00233.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00234.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00234.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00235.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00235.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00236.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00236.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00237.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00237.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00238.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00238.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00239.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00239.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# sql00240.corp.example
New-NetFirewallRule -Name 'portplan-r013-sql00240.corp.example' -DisplayName 'portplan r013 50051/tcp: Backup and recovery through the Cohesity agent' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 50051 -RemoteAddress '10.20.0.11','10.20.0.12' -Action Allow -Profile Any -Description 'r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent'
# r148 mssql-instance-local (9.3): The agent and the SQL Server instance on the same host (default instance port) -- 1433/tcp on this machine only: Windows Firewall does not filter loopback traffic, nothing to open

# 10.41.0.1-10.41.0.4
New-NetFirewallRule -Name 'portplan-r027-10.41.0.1-10.41.0.4' -DisplayName 'portplan r027 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.1-10.41.0.4' -RemoteAddress '10.40.0.1' -Action Allow -Profile Any -Description 'r027 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.5-10.41.0.8
New-NetFirewallRule -Name 'portplan-r028-10.41.0.5-10.41.0.8' -DisplayName 'portplan r028 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.5-10.41.0.8' -RemoteAddress '10.40.0.2' -Action Allow -Profile Any -Description 'r028 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.9-10.41.0.12
New-NetFirewallRule -Name 'portplan-r029-10.41.0.9-10.41.0.12' -DisplayName 'portplan r029 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.9-10.41.0.12' -RemoteAddress '10.40.0.3' -Action Allow -Profile Any -Description 'r029 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.13-10.41.0.16
New-NetFirewallRule -Name 'portplan-r030-10.41.0.13-10.41.0.16' -DisplayName 'portplan r030 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.13-10.41.0.16' -RemoteAddress '10.40.0.4' -Action Allow -Profile Any -Description 'r030 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.17-10.41.0.20
New-NetFirewallRule -Name 'portplan-r031-10.41.0.17-10.41.0.20' -DisplayName 'portplan r031 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.17-10.41.0.20' -RemoteAddress '10.40.0.5' -Action Allow -Profile Any -Description 'r031 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.21-10.41.0.24
New-NetFirewallRule -Name 'portplan-r032-10.41.0.21-10.41.0.24' -DisplayName 'portplan r032 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.21-10.41.0.24' -RemoteAddress '10.40.0.6' -Action Allow -Profile Any -Description 'r032 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.25-10.41.0.28
New-NetFirewallRule -Name 'portplan-r033-10.41.0.25-10.41.0.28' -DisplayName 'portplan r033 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.25-10.41.0.28' -RemoteAddress '10.40.0.7' -Action Allow -Profile Any -Description 'r033 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.29-10.41.0.32
New-NetFirewallRule -Name 'portplan-r034-10.41.0.29-10.41.0.32' -DisplayName 'portplan r034 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.29-10.41.0.32' -RemoteAddress '10.40.0.8' -Action Allow -Profile Any -Description 'r034 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.33-10.41.0.36
New-NetFirewallRule -Name 'portplan-r035-10.41.0.33-10.41.0.36' -DisplayName 'portplan r035 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.33-10.41.0.36' -RemoteAddress '10.40.0.9' -Action Allow -Profile Any -Description 'r035 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.37-10.41.0.40
New-NetFirewallRule -Name 'portplan-r036-10.41.0.37-10.41.0.40' -DisplayName 'portplan r036 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.37-10.41.0.40' -RemoteAddress '10.40.0.10' -Action Allow -Profile Any -Description 'r036 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.41-10.41.0.44
New-NetFirewallRule -Name 'portplan-r037-10.41.0.41-10.41.0.44' -DisplayName 'portplan r037 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.41-10.41.0.44' -RemoteAddress '10.40.0.11' -Action Allow -Profile Any -Description 'r037 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.45-10.41.0.48
New-NetFirewallRule -Name 'portplan-r038-10.41.0.45-10.41.0.48' -DisplayName 'portplan r038 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.45-10.41.0.48' -RemoteAddress '10.40.0.12' -Action Allow -Profile Any -Description 'r038 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.49-10.41.0.52
New-NetFirewallRule -Name 'portplan-r039-10.41.0.49-10.41.0.52' -DisplayName 'portplan r039 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.49-10.41.0.52' -RemoteAddress '10.40.0.13' -Action Allow -Profile Any -Description 'r039 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.53-10.41.0.56
New-NetFirewallRule -Name 'portplan-r040-10.41.0.53-10.41.0.56' -DisplayName 'portplan r040 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.53-10.41.0.56' -RemoteAddress '10.40.0.14' -Action Allow -Profile Any -Description 'r040 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.57-10.41.0.60
New-NetFirewallRule -Name 'portplan-r041-10.41.0.57-10.41.0.60' -DisplayName 'portplan r041 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.57-10.41.0.60' -RemoteAddress '10.40.0.15' -Action Allow -Profile Any -Description 'r041 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.61-10.41.0.64
New-NetFirewallRule -Name 'portplan-r042-10.41.0.61-10.41.0.64' -DisplayName 'portplan r042 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.61-10.41.0.64' -RemoteAddress '10.40.0.16' -Action Allow -Profile Any -Description 'r042 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.65-10.41.0.68
New-NetFirewallRule -Name 'portplan-r043-10.41.0.65-10.41.0.68' -DisplayName 'portplan r043 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.65-10.41.0.68' -RemoteAddress '10.40.0.17' -Action Allow -Profile Any -Description 'r043 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.69-10.41.0.72
New-NetFirewallRule -Name 'portplan-r044-10.41.0.69-10.41.0.72' -DisplayName 'portplan r044 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.69-10.41.0.72' -RemoteAddress '10.40.0.18' -Action Allow -Profile Any -Description 'r044 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.73-10.41.0.76
New-NetFirewallRule -Name 'portplan-r045-10.41.0.73-10.41.0.76' -DisplayName 'portplan r045 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.73-10.41.0.76' -RemoteAddress '10.40.0.19' -Action Allow -Profile Any -Description 'r045 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.77-10.41.0.80
New-NetFirewallRule -Name 'portplan-r046-10.41.0.77-10.41.0.80' -DisplayName 'portplan r046 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.77-10.41.0.80' -RemoteAddress '10.40.0.20' -Action Allow -Profile Any -Description 'r046 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.81-10.41.0.84
New-NetFirewallRule -Name 'portplan-r047-10.41.0.81-10.41.0.84' -DisplayName 'portplan r047 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.81-10.41.0.84' -RemoteAddress '10.40.0.21' -Action Allow -Profile Any -Description 'r047 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.85-10.41.0.88
New-NetFirewallRule -Name 'portplan-r048-10.41.0.85-10.41.0.88' -DisplayName 'portplan r048 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.85-10.41.0.88' -RemoteAddress '10.40.0.22' -Action Allow -Profile Any -Description 'r048 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.89-10.41.0.92
New-NetFirewallRule -Name 'portplan-r049-10.41.0.89-10.41.0.92' -DisplayName 'portplan r049 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.89-10.41.0.92' -RemoteAddress '10.40.0.23' -Action Allow -Profile Any -Description 'r049 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.93-10.41.0.96
New-NetFirewallRule -Name 'portplan-r050-10.41.0.93-10.41.0.96' -DisplayName 'portplan r050 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.93-10.41.0.96' -RemoteAddress '10.40.0.24' -Action Allow -Profile Any -Description 'r050 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.97-10.41.0.100
New-NetFirewallRule -Name 'portplan-r051-10.41.0.97-10.41.0.100' -DisplayName 'portplan r051 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.97-10.41.0.100' -RemoteAddress '10.40.0.25' -Action Allow -Profile Any -Description 'r051 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.101-10.41.0.104
New-NetFirewallRule -Name 'portplan-r052-10.41.0.101-10.41.0.104' -DisplayName 'portplan r052 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.101-10.41.0.104' -RemoteAddress '10.40.0.26' -Action Allow -Profile Any -Description 'r052 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.105-10.41.0.108
New-NetFirewallRule -Name 'portplan-r053-10.41.0.105-10.41.0.108' -DisplayName 'portplan r053 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.105-10.41.0.108' -RemoteAddress '10.40.0.27' -Action Allow -Profile Any -Description 'r053 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.109-10.41.0.112
New-NetFirewallRule -Name 'portplan-r054-10.41.0.109-10.41.0.112' -DisplayName 'portplan r054 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.109-10.41.0.112' -RemoteAddress '10.40.0.28' -Action Allow -Profile Any -Description 'r054 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.113-10.41.0.116
New-NetFirewallRule -Name 'portplan-r055-10.41.0.113-10.41.0.116' -DisplayName 'portplan r055 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.113-10.41.0.116' -RemoteAddress '10.40.0.29' -Action Allow -Profile Any -Description 'r055 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.117-10.41.0.120
New-NetFirewallRule -Name 'portplan-r056-10.41.0.117-10.41.0.120' -DisplayName 'portplan r056 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.117-10.41.0.120' -RemoteAddress '10.40.0.30' -Action Allow -Profile Any -Description 'r056 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.121-10.41.0.124
New-NetFirewallRule -Name 'portplan-r057-10.41.0.121-10.41.0.124' -DisplayName 'portplan r057 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.121-10.41.0.124' -RemoteAddress '10.40.0.31' -Action Allow -Profile Any -Description 'r057 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.125-10.41.0.128
New-NetFirewallRule -Name 'portplan-r058-10.41.0.125-10.41.0.128' -DisplayName 'portplan r058 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.125-10.41.0.128' -RemoteAddress '10.40.0.32' -Action Allow -Profile Any -Description 'r058 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.129-10.41.0.132
New-NetFirewallRule -Name 'portplan-r059-10.41.0.129-10.41.0.132' -DisplayName 'portplan r059 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.129-10.41.0.132' -RemoteAddress '10.40.0.33' -Action Allow -Profile Any -Description 'r059 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.133-10.41.0.136
New-NetFirewallRule -Name 'portplan-r060-10.41.0.133-10.41.0.136' -DisplayName 'portplan r060 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.133-10.41.0.136' -RemoteAddress '10.40.0.34' -Action Allow -Profile Any -Description 'r060 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.137-10.41.0.140
New-NetFirewallRule -Name 'portplan-r061-10.41.0.137-10.41.0.140' -DisplayName 'portplan r061 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.137-10.41.0.140' -RemoteAddress '10.40.0.35' -Action Allow -Profile Any -Description 'r061 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.141-10.41.0.144
New-NetFirewallRule -Name 'portplan-r062-10.41.0.141-10.41.0.144' -DisplayName 'portplan r062 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.141-10.41.0.144' -RemoteAddress '10.40.0.36' -Action Allow -Profile Any -Description 'r062 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.145-10.41.0.148
New-NetFirewallRule -Name 'portplan-r063-10.41.0.145-10.41.0.148' -DisplayName 'portplan r063 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.145-10.41.0.148' -RemoteAddress '10.40.0.37' -Action Allow -Profile Any -Description 'r063 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.149-10.41.0.152
New-NetFirewallRule -Name 'portplan-r064-10.41.0.149-10.41.0.152' -DisplayName 'portplan r064 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.149-10.41.0.152' -RemoteAddress '10.40.0.38' -Action Allow -Profile Any -Description 'r064 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.153-10.41.0.156
New-NetFirewallRule -Name 'portplan-r065-10.41.0.153-10.41.0.156' -DisplayName 'portplan r065 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.153-10.41.0.156' -RemoteAddress '10.40.0.39' -Action Allow -Profile Any -Description 'r065 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.157-10.41.0.160
New-NetFirewallRule -Name 'portplan-r066-10.41.0.157-10.41.0.160' -DisplayName 'portplan r066 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.157-10.41.0.160' -RemoteAddress '10.40.0.40' -Action Allow -Profile Any -Description 'r066 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.161-10.41.0.164
New-NetFirewallRule -Name 'portplan-r067-10.41.0.161-10.41.0.164' -DisplayName 'portplan r067 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.161-10.41.0.164' -RemoteAddress '10.40.0.41' -Action Allow -Profile Any -Description 'r067 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.165-10.41.0.168
New-NetFirewallRule -Name 'portplan-r068-10.41.0.165-10.41.0.168' -DisplayName 'portplan r068 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.165-10.41.0.168' -RemoteAddress '10.40.0.42' -Action Allow -Profile Any -Description 'r068 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.169-10.41.0.172
New-NetFirewallRule -Name 'portplan-r069-10.41.0.169-10.41.0.172' -DisplayName 'portplan r069 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.169-10.41.0.172' -RemoteAddress '10.40.0.43' -Action Allow -Profile Any -Description 'r069 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.173-10.41.0.176
New-NetFirewallRule -Name 'portplan-r070-10.41.0.173-10.41.0.176' -DisplayName 'portplan r070 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.173-10.41.0.176' -RemoteAddress '10.40.0.44' -Action Allow -Profile Any -Description 'r070 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.177-10.41.0.180
New-NetFirewallRule -Name 'portplan-r071-10.41.0.177-10.41.0.180' -DisplayName 'portplan r071 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.177-10.41.0.180' -RemoteAddress '10.40.0.45' -Action Allow -Profile Any -Description 'r071 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.181-10.41.0.184
New-NetFirewallRule -Name 'portplan-r072-10.41.0.181-10.41.0.184' -DisplayName 'portplan r072 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.181-10.41.0.184' -RemoteAddress '10.40.0.46' -Action Allow -Profile Any -Description 'r072 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.185-10.41.0.188
New-NetFirewallRule -Name 'portplan-r073-10.41.0.185-10.41.0.188' -DisplayName 'portplan r073 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.185-10.41.0.188' -RemoteAddress '10.40.0.47' -Action Allow -Profile Any -Description 'r073 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.189-10.41.0.192
New-NetFirewallRule -Name 'portplan-r074-10.41.0.189-10.41.0.192' -DisplayName 'portplan r074 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.189-10.41.0.192' -RemoteAddress '10.40.0.48' -Action Allow -Profile Any -Description 'r074 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.193-10.41.0.196
New-NetFirewallRule -Name 'portplan-r075-10.41.0.193-10.41.0.196' -DisplayName 'portplan r075 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.193-10.41.0.196' -RemoteAddress '10.40.0.49' -Action Allow -Profile Any -Description 'r075 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.197-10.41.0.200
New-NetFirewallRule -Name 'portplan-r076-10.41.0.197-10.41.0.200' -DisplayName 'portplan r076 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.197-10.41.0.200' -RemoteAddress '10.40.0.50' -Action Allow -Profile Any -Description 'r076 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.201-10.41.0.204
New-NetFirewallRule -Name 'portplan-r077-10.41.0.201-10.41.0.204' -DisplayName 'portplan r077 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.201-10.41.0.204' -RemoteAddress '10.40.0.51' -Action Allow -Profile Any -Description 'r077 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.205-10.41.0.208
New-NetFirewallRule -Name 'portplan-r078-10.41.0.205-10.41.0.208' -DisplayName 'portplan r078 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.205-10.41.0.208' -RemoteAddress '10.40.0.52' -Action Allow -Profile Any -Description 'r078 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.209-10.41.0.212
New-NetFirewallRule -Name 'portplan-r079-10.41.0.209-10.41.0.212' -DisplayName 'portplan r079 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.209-10.41.0.212' -RemoteAddress '10.40.0.53' -Action Allow -Profile Any -Description 'r079 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.213-10.41.0.216
New-NetFirewallRule -Name 'portplan-r080-10.41.0.213-10.41.0.216' -DisplayName 'portplan r080 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.213-10.41.0.216' -RemoteAddress '10.40.0.54' -Action Allow -Profile Any -Description 'r080 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.217-10.41.0.220
New-NetFirewallRule -Name 'portplan-r081-10.41.0.217-10.41.0.220' -DisplayName 'portplan r081 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.217-10.41.0.220' -RemoteAddress '10.40.0.55' -Action Allow -Profile Any -Description 'r081 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.221-10.41.0.224
New-NetFirewallRule -Name 'portplan-r082-10.41.0.221-10.41.0.224' -DisplayName 'portplan r082 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.221-10.41.0.224' -RemoteAddress '10.40.0.56' -Action Allow -Profile Any -Description 'r082 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.225-10.41.0.228
New-NetFirewallRule -Name 'portplan-r083-10.41.0.225-10.41.0.228' -DisplayName 'portplan r083 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.225-10.41.0.228' -RemoteAddress '10.40.0.57' -Action Allow -Profile Any -Description 'r083 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.229-10.41.0.232
New-NetFirewallRule -Name 'portplan-r084-10.41.0.229-10.41.0.232' -DisplayName 'portplan r084 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.229-10.41.0.232' -RemoteAddress '10.40.0.58' -Action Allow -Profile Any -Description 'r084 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.233-10.41.0.236
New-NetFirewallRule -Name 'portplan-r085-10.41.0.233-10.41.0.236' -DisplayName 'portplan r085 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.233-10.41.0.236' -RemoteAddress '10.40.0.59' -Action Allow -Profile Any -Description 'r085 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.237-10.41.0.240
New-NetFirewallRule -Name 'portplan-r086-10.41.0.237-10.41.0.240' -DisplayName 'portplan r086 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.237-10.41.0.240' -RemoteAddress '10.40.0.60' -Action Allow -Profile Any -Description 'r086 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.241-10.41.0.244
New-NetFirewallRule -Name 'portplan-r087-10.41.0.241-10.41.0.244' -DisplayName 'portplan r087 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.241-10.41.0.244' -RemoteAddress '10.40.0.61' -Action Allow -Profile Any -Description 'r087 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.245-10.41.0.248
New-NetFirewallRule -Name 'portplan-r088-10.41.0.245-10.41.0.248' -DisplayName 'portplan r088 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.245-10.41.0.248' -RemoteAddress '10.40.0.62' -Action Allow -Profile Any -Description 'r088 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.249-10.41.0.252
New-NetFirewallRule -Name 'portplan-r089-10.41.0.249-10.41.0.252' -DisplayName 'portplan r089 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.249-10.41.0.252' -RemoteAddress '10.40.0.63' -Action Allow -Profile Any -Description 'r089 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.0.253-10.41.0.254
New-NetFirewallRule -Name 'portplan-r090-10.41.0.253-10.41.0.254' -DisplayName 'portplan r090 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.0.253-10.41.0.254' -RemoteAddress '10.40.0.64' -Action Allow -Profile Any -Description 'r090 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.1-10.41.1.2
New-NetFirewallRule -Name 'portplan-r090-10.41.1.1-10.41.1.2' -DisplayName 'portplan r090 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.1-10.41.1.2' -RemoteAddress '10.40.0.64' -Action Allow -Profile Any -Description 'r090 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.3-10.41.1.6
New-NetFirewallRule -Name 'portplan-r091-10.41.1.3-10.41.1.6' -DisplayName 'portplan r091 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.3-10.41.1.6' -RemoteAddress '10.40.0.65' -Action Allow -Profile Any -Description 'r091 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.7-10.41.1.10
New-NetFirewallRule -Name 'portplan-r092-10.41.1.7-10.41.1.10' -DisplayName 'portplan r092 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.7-10.41.1.10' -RemoteAddress '10.40.0.66' -Action Allow -Profile Any -Description 'r092 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.11-10.41.1.14
New-NetFirewallRule -Name 'portplan-r093-10.41.1.11-10.41.1.14' -DisplayName 'portplan r093 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.11-10.41.1.14' -RemoteAddress '10.40.0.67' -Action Allow -Profile Any -Description 'r093 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.15-10.41.1.18
New-NetFirewallRule -Name 'portplan-r094-10.41.1.15-10.41.1.18' -DisplayName 'portplan r094 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.15-10.41.1.18' -RemoteAddress '10.40.0.68' -Action Allow -Profile Any -Description 'r094 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.19-10.41.1.22
New-NetFirewallRule -Name 'portplan-r095-10.41.1.19-10.41.1.22' -DisplayName 'portplan r095 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.19-10.41.1.22' -RemoteAddress '10.40.0.69' -Action Allow -Profile Any -Description 'r095 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.23-10.41.1.26
New-NetFirewallRule -Name 'portplan-r096-10.41.1.23-10.41.1.26' -DisplayName 'portplan r096 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.23-10.41.1.26' -RemoteAddress '10.40.0.70' -Action Allow -Profile Any -Description 'r096 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.27-10.41.1.30
New-NetFirewallRule -Name 'portplan-r097-10.41.1.27-10.41.1.30' -DisplayName 'portplan r097 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.27-10.41.1.30' -RemoteAddress '10.40.0.71' -Action Allow -Profile Any -Description 'r097 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.31-10.41.1.34
New-NetFirewallRule -Name 'portplan-r098-10.41.1.31-10.41.1.34' -DisplayName 'portplan r098 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.31-10.41.1.34' -RemoteAddress '10.40.0.72' -Action Allow -Profile Any -Description 'r098 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.35-10.41.1.38
New-NetFirewallRule -Name 'portplan-r099-10.41.1.35-10.41.1.38' -DisplayName 'portplan r099 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.35-10.41.1.38' -RemoteAddress '10.40.0.73' -Action Allow -Profile Any -Description 'r099 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.39-10.41.1.42
New-NetFirewallRule -Name 'portplan-r100-10.41.1.39-10.41.1.42' -DisplayName 'portplan r100 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.39-10.41.1.42' -RemoteAddress '10.40.0.74' -Action Allow -Profile Any -Description 'r100 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.43-10.41.1.46
New-NetFirewallRule -Name 'portplan-r101-10.41.1.43-10.41.1.46' -DisplayName 'portplan r101 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.43-10.41.1.46' -RemoteAddress '10.40.0.75' -Action Allow -Profile Any -Description 'r101 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.47-10.41.1.50
New-NetFirewallRule -Name 'portplan-r102-10.41.1.47-10.41.1.50' -DisplayName 'portplan r102 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.47-10.41.1.50' -RemoteAddress '10.40.0.76' -Action Allow -Profile Any -Description 'r102 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.51-10.41.1.54
New-NetFirewallRule -Name 'portplan-r103-10.41.1.51-10.41.1.54' -DisplayName 'portplan r103 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.51-10.41.1.54' -RemoteAddress '10.40.0.77' -Action Allow -Profile Any -Description 'r103 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.55-10.41.1.58
New-NetFirewallRule -Name 'portplan-r104-10.41.1.55-10.41.1.58' -DisplayName 'portplan r104 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.55-10.41.1.58' -RemoteAddress '10.40.0.78' -Action Allow -Profile Any -Description 'r104 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.59-10.41.1.62
New-NetFirewallRule -Name 'portplan-r105-10.41.1.59-10.41.1.62' -DisplayName 'portplan r105 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.59-10.41.1.62' -RemoteAddress '10.40.0.79' -Action Allow -Profile Any -Description 'r105 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.63-10.41.1.66
New-NetFirewallRule -Name 'portplan-r106-10.41.1.63-10.41.1.66' -DisplayName 'portplan r106 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.63-10.41.1.66' -RemoteAddress '10.40.0.80' -Action Allow -Profile Any -Description 'r106 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.67-10.41.1.70
New-NetFirewallRule -Name 'portplan-r107-10.41.1.67-10.41.1.70' -DisplayName 'portplan r107 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.67-10.41.1.70' -RemoteAddress '10.40.0.81' -Action Allow -Profile Any -Description 'r107 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.71-10.41.1.74
New-NetFirewallRule -Name 'portplan-r108-10.41.1.71-10.41.1.74' -DisplayName 'portplan r108 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.71-10.41.1.74' -RemoteAddress '10.40.0.82' -Action Allow -Profile Any -Description 'r108 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.75-10.41.1.78
New-NetFirewallRule -Name 'portplan-r109-10.41.1.75-10.41.1.78' -DisplayName 'portplan r109 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.75-10.41.1.78' -RemoteAddress '10.40.0.83' -Action Allow -Profile Any -Description 'r109 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.79-10.41.1.82
New-NetFirewallRule -Name 'portplan-r110-10.41.1.79-10.41.1.82' -DisplayName 'portplan r110 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.79-10.41.1.82' -RemoteAddress '10.40.0.84' -Action Allow -Profile Any -Description 'r110 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.83-10.41.1.86
New-NetFirewallRule -Name 'portplan-r111-10.41.1.83-10.41.1.86' -DisplayName 'portplan r111 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.83-10.41.1.86' -RemoteAddress '10.40.0.85' -Action Allow -Profile Any -Description 'r111 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.87-10.41.1.90
New-NetFirewallRule -Name 'portplan-r112-10.41.1.87-10.41.1.90' -DisplayName 'portplan r112 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.87-10.41.1.90' -RemoteAddress '10.40.0.86' -Action Allow -Profile Any -Description 'r112 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.91-10.41.1.94
New-NetFirewallRule -Name 'portplan-r113-10.41.1.91-10.41.1.94' -DisplayName 'portplan r113 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.91-10.41.1.94' -RemoteAddress '10.40.0.87' -Action Allow -Profile Any -Description 'r113 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.95-10.41.1.98
New-NetFirewallRule -Name 'portplan-r114-10.41.1.95-10.41.1.98' -DisplayName 'portplan r114 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.95-10.41.1.98' -RemoteAddress '10.40.0.88' -Action Allow -Profile Any -Description 'r114 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.99-10.41.1.102
New-NetFirewallRule -Name 'portplan-r115-10.41.1.99-10.41.1.102' -DisplayName 'portplan r115 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.99-10.41.1.102' -RemoteAddress '10.40.0.89' -Action Allow -Profile Any -Description 'r115 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.103-10.41.1.106
New-NetFirewallRule -Name 'portplan-r116-10.41.1.103-10.41.1.106' -DisplayName 'portplan r116 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.103-10.41.1.106' -RemoteAddress '10.40.0.90' -Action Allow -Profile Any -Description 'r116 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.107-10.41.1.110
New-NetFirewallRule -Name 'portplan-r117-10.41.1.107-10.41.1.110' -DisplayName 'portplan r117 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.107-10.41.1.110' -RemoteAddress '10.40.0.91' -Action Allow -Profile Any -Description 'r117 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.111-10.41.1.114
New-NetFirewallRule -Name 'portplan-r118-10.41.1.111-10.41.1.114' -DisplayName 'portplan r118 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.111-10.41.1.114' -RemoteAddress '10.40.0.92' -Action Allow -Profile Any -Description 'r118 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.115-10.41.1.118
New-NetFirewallRule -Name 'portplan-r119-10.41.1.115-10.41.1.118' -DisplayName 'portplan r119 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.115-10.41.1.118' -RemoteAddress '10.40.0.93' -Action Allow -Profile Any -Description 'r119 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.119-10.41.1.122
New-NetFirewallRule -Name 'portplan-r120-10.41.1.119-10.41.1.122' -DisplayName 'portplan r120 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.119-10.41.1.122' -RemoteAddress '10.40.0.94' -Action Allow -Profile Any -Description 'r120 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.123-10.41.1.126
New-NetFirewallRule -Name 'portplan-r121-10.41.1.123-10.41.1.126' -DisplayName 'portplan r121 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.123-10.41.1.126' -RemoteAddress '10.40.0.95' -Action Allow -Profile Any -Description 'r121 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.127-10.41.1.130
New-NetFirewallRule -Name 'portplan-r122-10.41.1.127-10.41.1.130' -DisplayName 'portplan r122 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.127-10.41.1.130' -RemoteAddress '10.40.0.96' -Action Allow -Profile Any -Description 'r122 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.131-10.41.1.134
New-NetFirewallRule -Name 'portplan-r123-10.41.1.131-10.41.1.134' -DisplayName 'portplan r123 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.131-10.41.1.134' -RemoteAddress '10.40.0.97' -Action Allow -Profile Any -Description 'r123 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.135-10.41.1.138
New-NetFirewallRule -Name 'portplan-r124-10.41.1.135-10.41.1.138' -DisplayName 'portplan r124 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.135-10.41.1.138' -RemoteAddress '10.40.0.98' -Action Allow -Profile Any -Description 'r124 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.139-10.41.1.142
New-NetFirewallRule -Name 'portplan-r125-10.41.1.139-10.41.1.142' -DisplayName 'portplan r125 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.139-10.41.1.142' -RemoteAddress '10.40.0.99' -Action Allow -Profile Any -Description 'r125 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.143-10.41.1.146
New-NetFirewallRule -Name 'portplan-r126-10.41.1.143-10.41.1.146' -DisplayName 'portplan r126 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.143-10.41.1.146' -RemoteAddress '10.40.0.100' -Action Allow -Profile Any -Description 'r126 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.147-10.41.1.150
New-NetFirewallRule -Name 'portplan-r127-10.41.1.147-10.41.1.150' -DisplayName 'portplan r127 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.147-10.41.1.150' -RemoteAddress '10.40.0.101' -Action Allow -Profile Any -Description 'r127 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.151-10.41.1.154
New-NetFirewallRule -Name 'portplan-r128-10.41.1.151-10.41.1.154' -DisplayName 'portplan r128 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.151-10.41.1.154' -RemoteAddress '10.40.0.102' -Action Allow -Profile Any -Description 'r128 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.155-10.41.1.158
New-NetFirewallRule -Name 'portplan-r129-10.41.1.155-10.41.1.158' -DisplayName 'portplan r129 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.155-10.41.1.158' -RemoteAddress '10.40.0.103' -Action Allow -Profile Any -Description 'r129 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.159-10.41.1.162
New-NetFirewallRule -Name 'portplan-r130-10.41.1.159-10.41.1.162' -DisplayName 'portplan r130 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.159-10.41.1.162' -RemoteAddress '10.40.0.104' -Action Allow -Profile Any -Description 'r130 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.163-10.41.1.166
New-NetFirewallRule -Name 'portplan-r131-10.41.1.163-10.41.1.166' -DisplayName 'portplan r131 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.163-10.41.1.166' -RemoteAddress '10.40.0.105' -Action Allow -Profile Any -Description 'r131 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.167-10.41.1.170
New-NetFirewallRule -Name 'portplan-r132-10.41.1.167-10.41.1.170' -DisplayName 'portplan r132 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.167-10.41.1.170' -RemoteAddress '10.40.0.106' -Action Allow -Profile Any -Description 'r132 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.171-10.41.1.174
New-NetFirewallRule -Name 'portplan-r133-10.41.1.171-10.41.1.174' -DisplayName 'portplan r133 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.171-10.41.1.174' -RemoteAddress '10.40.0.107' -Action Allow -Profile Any -Description 'r133 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.175-10.41.1.178
New-NetFirewallRule -Name 'portplan-r134-10.41.1.175-10.41.1.178' -DisplayName 'portplan r134 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.175-10.41.1.178' -RemoteAddress '10.40.0.108' -Action Allow -Profile Any -Description 'r134 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.179-10.41.1.182
New-NetFirewallRule -Name 'portplan-r135-10.41.1.179-10.41.1.182' -DisplayName 'portplan r135 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.179-10.41.1.182' -RemoteAddress '10.40.0.109' -Action Allow -Profile Any -Description 'r135 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.183-10.41.1.186
New-NetFirewallRule -Name 'portplan-r136-10.41.1.183-10.41.1.186' -DisplayName 'portplan r136 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.183-10.41.1.186' -RemoteAddress '10.40.0.110' -Action Allow -Profile Any -Description 'r136 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.187-10.41.1.190
New-NetFirewallRule -Name 'portplan-r137-10.41.1.187-10.41.1.190' -DisplayName 'portplan r137 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.187-10.41.1.190' -RemoteAddress '10.40.0.111' -Action Allow -Profile Any -Description 'r137 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.191-10.41.1.194
New-NetFirewallRule -Name 'portplan-r138-10.41.1.191-10.41.1.194' -DisplayName 'portplan r138 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.191-10.41.1.194' -RemoteAddress '10.40.0.112' -Action Allow -Profile Any -Description 'r138 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.195-10.41.1.198
New-NetFirewallRule -Name 'portplan-r139-10.41.1.195-10.41.1.198' -DisplayName 'portplan r139 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.195-10.41.1.198' -RemoteAddress '10.40.0.113' -Action Allow -Profile Any -Description 'r139 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.199-10.41.1.202
New-NetFirewallRule -Name 'portplan-r140-10.41.1.199-10.41.1.202' -DisplayName 'portplan r140 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.199-10.41.1.202' -RemoteAddress '10.40.0.114' -Action Allow -Profile Any -Description 'r140 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.203-10.41.1.206
New-NetFirewallRule -Name 'portplan-r141-10.41.1.203-10.41.1.206' -DisplayName 'portplan r141 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.203-10.41.1.206' -RemoteAddress '10.40.0.115' -Action Allow -Profile Any -Description 'r141 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.207-10.41.1.210
New-NetFirewallRule -Name 'portplan-r142-10.41.1.207-10.41.1.210' -DisplayName 'portplan r142 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.207-10.41.1.210' -RemoteAddress '10.40.0.116' -Action Allow -Profile Any -Description 'r142 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.211-10.41.1.214
New-NetFirewallRule -Name 'portplan-r143-10.41.1.211-10.41.1.214' -DisplayName 'portplan r143 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.211-10.41.1.214' -RemoteAddress '10.40.0.117' -Action Allow -Profile Any -Description 'r143 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.215-10.41.1.218
New-NetFirewallRule -Name 'portplan-r144-10.41.1.215-10.41.1.218' -DisplayName 'portplan r144 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.215-10.41.1.218' -RemoteAddress '10.40.0.118' -Action Allow -Profile Any -Description 'r144 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.219-10.41.1.222
New-NetFirewallRule -Name 'portplan-r145-10.41.1.219-10.41.1.222' -DisplayName 'portplan r145 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.219-10.41.1.222' -RemoteAddress '10.40.0.119' -Action Allow -Profile Any -Description 'r145 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'

# 10.41.1.223-10.41.1.226
New-NetFirewallRule -Name 'portplan-r146-10.41.1.223-10.41.1.226' -DisplayName 'portplan r146 5986/tcp: File and folder recovery, from the agent on the Hyper-V host to its guest VMs' -Group 'portplan' -Direction Inbound -Protocol TCP -LocalPort 5986 -LocalAddress '10.41.1.223-10.41.1.226' -RemoteAddress '10.40.0.120' -Action Allow -Profile Any -Description 'r146 hyperv-guest-file-recovery (3.1): File and folder recovery, from the agent on the Hyper-V host to its guest VMs'
