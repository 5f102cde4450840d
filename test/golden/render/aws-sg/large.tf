# portplan 0.1.0 render --target aws-sg
# inventory: examples/large.yaml
# catalog: cohesity-saas-connector (Cohesity documentation, Firewall Ports for User-Deployed SaaS Connectors)
# connectors: sc-01
# covers: the security group of sc-01: its outgoing rows as egress rules, the rows that end on it as ingress rules
# rules: 12
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
#     r008 ntp1.corp.example
#     r008 ntp2.corp.example
#     r009 rt.cohesity.com
#     r010 vc001 (vc001.corp.example)
#     r010 vc002 (vc002.corp.example)
#     r010 vc003 (vc003.corp.example)
#     r010 vc004 (vc004.corp.example)
#     r010 vc005 (vc005.corp.example)
#     r010 vc006 (vc006.corp.example)
#     r010 vc007 (vc007.corp.example)
#     r010 vc008 (vc008.corp.example)
#     r010 vc011 (vc011.corp.example)
#     r010 vc012 (vc012.corp.example)
#     r010 vc013 (vc013.corp.example)
#     r010 vc014 (vc014.corp.example)
#     r010 vc015 (vc015.corp.example)
#     r010 vc016 (vc016.corp.example)
#     r010 vc017 (vc017.corp.example)
#     r010 vc018 (vc018.corp.example)
#     r010 vc021 (vc021.corp.example)
#     r010 vc022 (vc022.corp.example)
#     r010 vc023 (vc023.corp.example)
#     r010 vc024 (vc024.corp.example)
#     r013 ora00001.corp.example
#     r013 ora00002.corp.example
#     r013 ora00003.corp.example
#     r013 ora00004.corp.example
#     r013 ora00005.corp.example
#     r013 ora00006.corp.example
#     r013 ora00007.corp.example
#     r013 ora00008.corp.example
#     r013 ora00009.corp.example
#     r013 ora00010.corp.example
#     r013 ora00011.corp.example
#     r013 ora00012.corp.example
#     r013 ora00013.corp.example
#     r013 ora00014.corp.example
#     r013 ora00015.corp.example
#     r013 ora00016.corp.example
#     r013 ora00017.corp.example
#     r013 ora00018.corp.example
#     r013 ora00019.corp.example
#     r013 ora00020.corp.example
#     r013 ora00021.corp.example
#     r013 ora00022.corp.example
#     r013 ora00023.corp.example
#     r013 ora00024.corp.example
#     r013 ora00025.corp.example
#     r013 ora00026.corp.example
#     r013 ora00027.corp.example
#     r013 ora00028.corp.example
#     r013 ora00029.corp.example
#     r013 ora00030.corp.example
#     r013 ora00031.corp.example
#     r013 ora00032.corp.example
#     r013 ora00033.corp.example
#     r013 ora00034.corp.example
#     r013 ora00035.corp.example
#     r013 ora00036.corp.example
#     r013 ora00037.corp.example
#     r013 ora00038.corp.example
#     r013 ora00039.corp.example
#     r013 ora00040.corp.example
#     r013 ora00041.corp.example
#     r013 ora00042.corp.example
#     r013 ora00043.corp.example
#     r013 ora00044.corp.example
#     r013 ora00045.corp.example
#     r013 ora00046.corp.example
#     r013 ora00047.corp.example
#     r013 ora00048.corp.example
#     r013 ora00049.corp.example
#     r013 ora00050.corp.example
#     r013 ora00051.corp.example
#     r013 ora00052.corp.example
#     r013 ora00053.corp.example
#     r013 ora00054.corp.example
#     r013 ora00055.corp.example
#     r013 ora00056.corp.example
#     r013 ora00057.corp.example
#     r013 ora00058.corp.example
#     r013 ora00059.corp.example
#     r013 ora00060.corp.example
#     r013 ora00061.corp.example
#     r013 ora00062.corp.example
#     r013 ora00063.corp.example
#     r013 ora00064.corp.example
#     r013 ora00065.corp.example
#     r013 ora00066.corp.example
#     r013 ora00067.corp.example
#     r013 ora00068.corp.example
#     r013 ora00069.corp.example
#     r013 ora00070.corp.example
#     r013 ora00071.corp.example
#     r013 ora00072.corp.example
#     r013 ora00073.corp.example
#     r013 ora00074.corp.example
#     r013 ora00075.corp.example
#     r013 ora00076.corp.example
#     r013 ora00077.corp.example
#     r013 ora00078.corp.example
#     r013 ora00079.corp.example
#     r013 ora00080.corp.example
#     r013 ora00081.corp.example
#     r013 ora00082.corp.example
#     r013 ora00083.corp.example
#     r013 ora00084.corp.example
#     r013 ora00085.corp.example
#     r013 ora00086.corp.example
#     r013 ora00087.corp.example
#     r013 ora00088.corp.example
#     r013 ora00089.corp.example
#     r013 ora00090.corp.example
#     r013 ora00091.corp.example
#     r013 ora00092.corp.example
#     r013 ora00093.corp.example
#     r013 ora00094.corp.example
#     r013 ora00095.corp.example
#     r013 ora00096.corp.example
#     r013 ora00097.corp.example
#     r013 ora00098.corp.example
#     r013 ora00099.corp.example
#     r013 ora00100.corp.example
#     r013 ora00101.corp.example
#     r013 ora00102.corp.example
#     r013 ora00103.corp.example
#     r013 ora00104.corp.example
#     r013 ora00105.corp.example
#     r013 ora00106.corp.example
#     r013 ora00107.corp.example
#     r013 ora00108.corp.example
#     r013 ora00109.corp.example
#     r013 ora00110.corp.example
#     r013 ora00111.corp.example
#     r013 ora00112.corp.example
#     r013 ora00113.corp.example
#     r013 ora00114.corp.example
#     r013 ora00115.corp.example
#     r013 ora00116.corp.example
#     r013 ora00117.corp.example
#     r013 ora00118.corp.example
#     r013 ora00119.corp.example
#     r013 ora00120.corp.example
#     r013 ora00121.corp.example
#     r013 ora00122.corp.example
#     r013 ora00123.corp.example
#     r013 ora00124.corp.example
#     r013 ora00125.corp.example
#     r013 ora00126.corp.example
#     r013 ora00127.corp.example
#     r013 ora00128.corp.example
#     r013 ora00129.corp.example
#     r013 ora00130.corp.example
#     r013 ora00131.corp.example
#     r013 ora00132.corp.example
#     r013 ora00133.corp.example
#     r013 ora00134.corp.example
#     r013 ora00135.corp.example
#     r013 ora00136.corp.example
#     r013 ora00137.corp.example
#     r013 ora00138.corp.example
#     r013 ora00139.corp.example
#     r013 ora00140.corp.example
#     r013 ora00141.corp.example
#     r013 ora00142.corp.example
#     r013 ora00143.corp.example
#     r013 ora00144.corp.example
#     r013 ora00145.corp.example
#     r013 ora00146.corp.example
#     r013 ora00147.corp.example
#     r013 ora00148.corp.example
#     r013 ora00149.corp.example
#     r013 ora00150.corp.example
#     r013 ora00151.corp.example
#     r013 ora00152.corp.example
#     r013 ora00153.corp.example
#     r013 ora00154.corp.example
#     r013 ora00155.corp.example
#     r013 ora00156.corp.example
#     r013 ora00157.corp.example
#     r013 ora00158.corp.example
#     r013 ora00159.corp.example
#     r013 ora00160.corp.example
#     r013 ora00161.corp.example
#     r013 ora00162.corp.example
#     r013 ora00163.corp.example
#     r013 ora00164.corp.example
#     r013 ora00165.corp.example
#     r013 ora00166.corp.example
#     r013 ora00167.corp.example
#     r013 ora00168.corp.example
#     r013 ora00169.corp.example
#     r013 ora00170.corp.example
#     r013 ora00171.corp.example
#     r013 ora00172.corp.example
#     r013 ora00173.corp.example
#     r013 ora00174.corp.example
#     r013 ora00175.corp.example
#     r013 ora00176.corp.example
#     r013 ora00177.corp.example
#     r013 ora00178.corp.example
#     r013 ora00179.corp.example
#     r013 ora00180.corp.example
#     r013 ora00181.corp.example
#     r013 ora00182.corp.example
#     r013 ora00183.corp.example
#     r013 ora00184.corp.example
#     r013 ora00185.corp.example
#     r013 ora00186.corp.example
#     r013 ora00187.corp.example
#     r013 ora00188.corp.example
#     r013 ora00189.corp.example
#     r013 ora00190.corp.example
#     r013 ora00191.corp.example
#     r013 ora00192.corp.example
#     r013 ora00193.corp.example
#     r013 ora00194.corp.example
#     r013 ora00195.corp.example
#     r013 ora00196.corp.example
#     r013 ora00197.corp.example
#     r013 ora00198.corp.example
#     r013 ora00199.corp.example
#     r013 ora00200.corp.example
#     r013 ora00201.corp.example
#     r013 ora00202.corp.example
#     r013 ora00203.corp.example
#     r013 ora00204.corp.example
#     r013 ora00205.corp.example
#     r013 ora00206.corp.example
#     r013 ora00207.corp.example
#     r013 ora00208.corp.example
#     r013 ora00209.corp.example
#     r013 ora00210.corp.example
#     r013 ora00211.corp.example
#     r013 ora00212.corp.example
#     r013 ora00213.corp.example
#     r013 ora00214.corp.example
#     r013 ora00215.corp.example
#     r013 ora00216.corp.example
#     r013 ora00217.corp.example
#     r013 ora00218.corp.example
#     r013 ora00219.corp.example
#     r013 ora00220.corp.example
#     r013 ora00221.corp.example
#     r013 ora00222.corp.example
#     r013 ora00223.corp.example
#     r013 ora00224.corp.example
#     r013 ora00225.corp.example
#     r013 ora00226.corp.example
#     r013 ora00227.corp.example
#     r013 ora00228.corp.example
#     r013 ora00229.corp.example
#     r013 ora00230.corp.example
#     r013 ora00231.corp.example
#     r013 ora00232.corp.example
#     r013 ora00233.corp.example
#     r013 ora00234.corp.example
#     r013 ora00235.corp.example
#     r013 ora00236.corp.example
#     r013 ora00237.corp.example
#     r013 ora00238.corp.example
#     r013 ora00239.corp.example
#     r013 ora00240.corp.example
#     r013 ora00241.corp.example
#     r013 ora00242.corp.example
#     r013 ora00243.corp.example
#     r013 ora00244.corp.example
#     r013 ora00245.corp.example
#     r013 ora00246.corp.example
#     r013 ora00247.corp.example
#     r013 ora00248.corp.example
#     r013 ora00249.corp.example
#     r013 ora00250.corp.example
#     r013 ora00251.corp.example
#     r013 ora00252.corp.example
#     r013 ora00253.corp.example
#     r013 ora00254.corp.example
#     r013 ora00255.corp.example
#     r013 ora00256.corp.example
#     r013 ora00257.corp.example
#     r013 ora00258.corp.example
#     r013 ora00259.corp.example
#     r013 ora00260.corp.example
#     r013 ora00261.corp.example
#     r013 ora00262.corp.example
#     r013 ora00263.corp.example
#     r013 ora00264.corp.example
#     r013 ora00265.corp.example
#     r013 ora00266.corp.example
#     r013 ora00267.corp.example
#     r013 ora00268.corp.example
#     r013 ora00269.corp.example
#     r013 ora00270.corp.example
#     r013 ora00271.corp.example
#     r013 ora00272.corp.example
#     r013 ora00273.corp.example
#     r013 ora00274.corp.example
#     r013 ora00275.corp.example
#     r013 ora00276.corp.example
#     r013 ora00277.corp.example
#     r013 ora00278.corp.example
#     r013 ora00279.corp.example
#     r013 ora00280.corp.example
#     r013 ora00281.corp.example
#     r013 ora00282.corp.example
#     r013 ora00283.corp.example
#     r013 ora00284.corp.example
#     r013 ora00285.corp.example
#     r013 ora00286.corp.example
#     r013 ora00287.corp.example
#     r013 ora00288.corp.example
#     r013 ora00289.corp.example
#     r013 ora00290.corp.example
#     r013 ora00291.corp.example
#     r013 ora00292.corp.example
#     r013 ora00293.corp.example
#     r013 ora00294.corp.example
#     r013 ora00295.corp.example
#     r013 ora00296.corp.example
#     r013 ora00297.corp.example
#     r013 ora00298.corp.example
#     r013 ora00299.corp.example
#     r013 ora00300.corp.example
#     r013 sql00001.corp.example
#     r013 sql00002.corp.example
#     r013 sql00003.corp.example
#     r013 sql00004.corp.example
#     r013 sql00005.corp.example
#     r013 sql00006.corp.example
#     r013 sql00007.corp.example
#     r013 sql00008.corp.example
#     r013 sql00009.corp.example
#     r013 sql00010.corp.example
#     r013 sql00011.corp.example
#     r013 sql00012.corp.example
#     r013 sql00013.corp.example
#     r013 sql00014.corp.example
#     r013 sql00015.corp.example
#     r013 sql00016.corp.example
#     r013 sql00017.corp.example
#     r013 sql00018.corp.example
#     r013 sql00019.corp.example
#     r013 sql00020.corp.example
#     r013 sql00021.corp.example
#     r013 sql00022.corp.example
#     r013 sql00023.corp.example
#     r013 sql00024.corp.example
#     r013 sql00025.corp.example
#     r013 sql00026.corp.example
#     r013 sql00027.corp.example
#     r013 sql00028.corp.example
#     r013 sql00029.corp.example
#     r013 sql00030.corp.example
#     r013 sql00031.corp.example
#     r013 sql00032.corp.example
#     r013 sql00033.corp.example
#     r013 sql00034.corp.example
#     r013 sql00035.corp.example
#     r013 sql00036.corp.example
#     r013 sql00037.corp.example
#     r013 sql00038.corp.example
#     r013 sql00039.corp.example
#     r013 sql00040.corp.example
#     r013 sql00041.corp.example
#     r013 sql00042.corp.example
#     r013 sql00043.corp.example
#     r013 sql00044.corp.example
#     r013 sql00045.corp.example
#     r013 sql00046.corp.example
#     r013 sql00047.corp.example
#     r013 sql00048.corp.example
#     r013 sql00049.corp.example
#     r013 sql00050.corp.example
#     r013 sql00051.corp.example
#     r013 sql00052.corp.example
#     r013 sql00053.corp.example
#     r013 sql00054.corp.example
#     r013 sql00055.corp.example
#     r013 sql00056.corp.example
#     r013 sql00057.corp.example
#     r013 sql00058.corp.example
#     r013 sql00059.corp.example
#     r013 sql00060.corp.example
#     r013 sql00061.corp.example
#     r013 sql00062.corp.example
#     r013 sql00063.corp.example
#     r013 sql00064.corp.example
#     r013 sql00065.corp.example
#     r013 sql00066.corp.example
#     r013 sql00067.corp.example
#     r013 sql00068.corp.example
#     r013 sql00069.corp.example
#     r013 sql00070.corp.example
#     r013 sql00071.corp.example
#     r013 sql00072.corp.example
#     r013 sql00073.corp.example
#     r013 sql00074.corp.example
#     r013 sql00075.corp.example
#     r013 sql00076.corp.example
#     r013 sql00077.corp.example
#     r013 sql00078.corp.example
#     r013 sql00079.corp.example
#     r013 sql00080.corp.example
#     r013 sql00081.corp.example
#     r013 sql00082.corp.example
#     r013 sql00083.corp.example
#     r013 sql00084.corp.example
#     r013 sql00085.corp.example
#     r013 sql00086.corp.example
#     r013 sql00087.corp.example
#     r013 sql00088.corp.example
#     r013 sql00089.corp.example
#     r013 sql00090.corp.example
#     r013 sql00091.corp.example
#     r013 sql00092.corp.example
#     r013 sql00093.corp.example
#     r013 sql00094.corp.example
#     r013 sql00095.corp.example
#     r013 sql00096.corp.example
#     r013 sql00097.corp.example
#     r013 sql00098.corp.example
#     r013 sql00099.corp.example
#     r013 sql00100.corp.example
#     r013 sql00101.corp.example
#     r013 sql00102.corp.example
#     r013 sql00103.corp.example
#     r013 sql00104.corp.example
#     r013 sql00105.corp.example
#     r013 sql00106.corp.example
#     r013 sql00107.corp.example
#     r013 sql00108.corp.example
#     r013 sql00109.corp.example
#     r013 sql00110.corp.example
#     r013 sql00111.corp.example
#     r013 sql00112.corp.example
#     r013 sql00113.corp.example
#     r013 sql00114.corp.example
#     r013 sql00115.corp.example
#     r013 sql00116.corp.example
#     r013 sql00117.corp.example
#     r013 sql00118.corp.example
#     r013 sql00119.corp.example
#     r013 sql00120.corp.example
#     r013 sql00121.corp.example
#     r013 sql00122.corp.example
#     r013 sql00123.corp.example
#     r013 sql00124.corp.example
#     r013 sql00125.corp.example
#     r013 sql00126.corp.example
#     r013 sql00127.corp.example
#     r013 sql00128.corp.example
#     r013 sql00129.corp.example
#     r013 sql00130.corp.example
#     r013 sql00131.corp.example
#     r013 sql00132.corp.example
#     r013 sql00133.corp.example
#     r013 sql00134.corp.example
#     r013 sql00135.corp.example
#     r013 sql00136.corp.example
#     r013 sql00137.corp.example
#     r013 sql00138.corp.example
#     r013 sql00139.corp.example
#     r013 sql00140.corp.example
#     r013 sql00141.corp.example
#     r013 sql00142.corp.example
#     r013 sql00143.corp.example
#     r013 sql00144.corp.example
#     r013 sql00145.corp.example
#     r013 sql00146.corp.example
#     r013 sql00147.corp.example
#     r013 sql00148.corp.example
#     r013 sql00149.corp.example
#     r013 sql00150.corp.example
#     r013 sql00151.corp.example
#     r013 sql00152.corp.example
#     r013 sql00153.corp.example
#     r013 sql00154.corp.example
#     r013 sql00155.corp.example
#     r013 sql00156.corp.example
#     r013 sql00157.corp.example
#     r013 sql00158.corp.example
#     r013 sql00159.corp.example
#     r013 sql00160.corp.example
#     r013 sql00161.corp.example
#     r013 sql00162.corp.example
#     r013 sql00163.corp.example
#     r013 sql00164.corp.example
#     r013 sql00165.corp.example
#     r013 sql00166.corp.example
#     r013 sql00167.corp.example
#     r013 sql00168.corp.example
#     r013 sql00169.corp.example
#     r013 sql00170.corp.example
#     r013 sql00171.corp.example
#     r013 sql00172.corp.example
#     r013 sql00173.corp.example
#     r013 sql00174.corp.example
#     r013 sql00175.corp.example
#     r013 sql00176.corp.example
#     r013 sql00177.corp.example
#     r013 sql00178.corp.example
#     r013 sql00179.corp.example
#     r013 sql00180.corp.example
#     r013 sql00181.corp.example
#     r013 sql00182.corp.example
#     r013 sql00183.corp.example
#     r013 sql00184.corp.example
#     r013 sql00185.corp.example
#     r013 sql00186.corp.example
#     r013 sql00187.corp.example
#     r013 sql00188.corp.example
#     r013 sql00189.corp.example
#     r013 sql00190.corp.example
#     r013 sql00191.corp.example
#     r013 sql00192.corp.example
#     r013 sql00193.corp.example
#     r013 sql00194.corp.example
#     r013 sql00195.corp.example
#     r013 sql00196.corp.example
#     r013 sql00197.corp.example
#     r013 sql00198.corp.example
#     r013 sql00199.corp.example
#     r013 sql00200.corp.example
#     r013 sql00201.corp.example
#     r013 sql00202.corp.example
#     r013 sql00203.corp.example
#     r013 sql00204.corp.example
#     r013 sql00205.corp.example
#     r013 sql00206.corp.example
#     r013 sql00207.corp.example
#     r013 sql00208.corp.example
#     r013 sql00209.corp.example
#     r013 sql00210.corp.example
#     r013 sql00211.corp.example
#     r013 sql00212.corp.example
#     r013 sql00213.corp.example
#     r013 sql00214.corp.example
#     r013 sql00215.corp.example
#     r013 sql00216.corp.example
#     r013 sql00217.corp.example
#     r013 sql00218.corp.example
#     r013 sql00219.corp.example
#     r013 sql00220.corp.example
#     r013 sql00221.corp.example
#     r013 sql00222.corp.example
#     r013 sql00223.corp.example
#     r013 sql00224.corp.example
#     r013 sql00225.corp.example
#     r013 sql00226.corp.example
#     r013 sql00227.corp.example
#     r013 sql00228.corp.example
#     r013 sql00229.corp.example
#     r013 sql00230.corp.example
#     r013 sql00231.corp.example
#     r013 sql00232.corp.example
#     r013 sql00233.corp.example
#     r013 sql00234.corp.example
#     r013 sql00235.corp.example
#     r013 sql00236.corp.example
#     r013 sql00237.corp.example
#     r013 sql00238.corp.example
#     r013 sql00239.corp.example
#     r013 sql00240.corp.example
#     r014 vc010 (vc010.corp.example)
#     r014 vc020 (vc020.corp.example)
#     r017 vc009 (vc009.corp.example)
#     r017 vc019 (vc019.corp.example)
#     r021 nas001.corp.example
#     r021 nas002.corp.example
#     r021 nas004.corp.example
#     r021 nas005.corp.example
#     r021 nas007.corp.example
#     r021 nas008.corp.example
#     r021 nas010.corp.example
#     r021 nas011.corp.example
#     r021 nas013.corp.example
#     r021 nas014.corp.example
#     r021 nas016.corp.example
#     r021 nas017.corp.example
#     r021 nas019.corp.example
#     r021 nas020.corp.example
#     r021 nas022.corp.example
#     r021 nas023.corp.example
#     r021 nas025.corp.example
#     r021 nas026.corp.example
#     r021 nas028.corp.example
#     r021 nas029.corp.example
#     r021 nas031.corp.example
#     r021 nas032.corp.example
#     r021 nas034.corp.example
#     r021 nas035.corp.example
#     r021 nas037.corp.example
#     r021 nas038.corp.example
#     r021 nas040.corp.example
#     r021 nas041.corp.example
#     r021 nas043.corp.example
#     r021 nas044.corp.example
#     r021 nas046.corp.example
#     r021 nas047.corp.example
#     r021 nas049.corp.example
#     r021 nas050.corp.example
#     r021 nas052.corp.example
#     r021 nas053.corp.example
#     r021 nas055.corp.example
#     r021 nas056.corp.example
#     r021 nas058.corp.example
#     r021 nas059.corp.example
#     r022 nas001.corp.example
#     r022 nas003.corp.example
#     r022 nas004.corp.example
#     r022 nas006.corp.example
#     r022 nas007.corp.example
#     r022 nas009.corp.example
#     r022 nas010.corp.example
#     r022 nas012.corp.example
#     r022 nas013.corp.example
#     r022 nas015.corp.example
#     r022 nas016.corp.example
#     r022 nas018.corp.example
#     r022 nas019.corp.example
#     r022 nas021.corp.example
#     r022 nas022.corp.example
#     r022 nas024.corp.example
#     r022 nas025.corp.example
#     r022 nas027.corp.example
#     r022 nas028.corp.example
#     r022 nas030.corp.example
#     r022 nas031.corp.example
#     r022 nas033.corp.example
#     r022 nas034.corp.example
#     r022 nas036.corp.example
#     r022 nas037.corp.example
#     r022 nas039.corp.example
#     r022 nas040.corp.example
#     r022 nas042.corp.example
#     r022 nas043.corp.example
#     r022 nas045.corp.example
#     r022 nas046.corp.example
#     r022 nas048.corp.example
#     r022 nas049.corp.example
#     r022 nas051.corp.example
#     r022 nas052.corp.example
#     r022 nas054.corp.example
#     r022 nas055.corp.example
#     r022 nas057.corp.example
#     r022 nas058.corp.example
#     r022 nas060.corp.example
#     r023 nas001.corp.example
#     r023 nas004.corp.example
#     r023 nas007.corp.example
#     r023 nas010.corp.example
#     r023 nas013.corp.example
#     r023 nas016.corp.example
#     r023 nas019.corp.example
#     r023 nas022.corp.example
#     r023 nas025.corp.example
#     r023 nas028.corp.example
#     r023 nas031.corp.example
#     r023 nas034.corp.example
#     r023 nas037.corp.example
#     r023 nas040.corp.example
#     r023 nas043.corp.example
#     r023 nas046.corp.example
#     r023 nas049.corp.example
#     r023 nas052.corp.example
#     r023 nas055.corp.example
#     r023 nas058.corp.example
#   host names: this target names only addresses (render with --resolve to write the addresses they have now) (targets that can: paloalto, fortigate, cisco-asa):
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
# A new security group allows all outbound traffic until its default egress rule (0.0.0.0/0, all protocols) is removed: the egress rules here restrict the connector only once it is.
# Security groups are stateful: replies need no rule of their own.
# 232 egress rules: more than the default quota of 60 per security group; raise the quota (Service Quotas, "Inbound or outbound rules per security group") or split them over more security groups
# Apply: terraform apply -var security_group_id=sg-… (the security group of the connector)

variable "security_group_id" {
  description = "The ID of the connector's security group (sg-…)"
  type        = string
}

# The list of addresses AWS keeps for com.amazonaws.eu-central-1.s3
data "aws_ec2_managed_prefix_list" "s3" {
  name = "com.amazonaws.eu-central-1.s3"
}

# r002: egress tcp/443 com.amazonaws.eu-central-1.s3 (for *.s3.eu-central-1.amazonaws.com)
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

# r006: egress tcp/53 10.0.1.53/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_53_10_0_1_53_32" {
  security_group_id = var.security_group_id
  description       = "r006 mgmt-dns (1.7): Name resolution, to the inventorys DNS servers"
  ip_protocol       = "tcp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.1.53/32"
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

# r007: egress udp/53 10.0.1.53/32
resource "aws_vpc_security_group_egress_rule" "egress_udp_53_10_0_1_53_32" {
  security_group_id = var.security_group_id
  description       = "r007 mgmt-dns (1.7): Name resolution, to the inventorys DNS servers"
  ip_protocol       = "udp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.1.53/32"
}

# r011: egress tcp/443 10.30.0.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_1_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.1/32"
}

# r011: egress tcp/443 10.30.0.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_2_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.2/31"
}

# r011: egress tcp/443 10.30.0.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_4_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.4/30"
}

# r011: egress tcp/443 10.30.0.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_8_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.8/29"
}

# r011: egress tcp/443 10.30.0.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_16_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.16/28"
}

# r011: egress tcp/443 10.30.0.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_32_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.32/27"
}

# r011: egress tcp/443 10.30.0.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_64_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.64/26"
}

# r011: egress tcp/443 10.30.0.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_128_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.128/26"
}

# r011: egress tcp/443 10.30.0.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_192_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.192/27"
}

# r011: egress tcp/443 10.30.0.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_224_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.224/28"
}

# r011: egress tcp/443 10.30.0.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_240_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.240/29"
}

# r011: egress tcp/443 10.30.0.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_248_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.248/30"
}

# r011: egress tcp/443 10.30.0.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_252_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.252/31"
}

# r011: egress tcp/443 10.30.0.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_0_254_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.0.254/32"
}

# r011: egress tcp/443 10.30.1.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_1_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.1/32"
}

# r011: egress tcp/443 10.30.1.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_2_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.2/31"
}

# r011: egress tcp/443 10.30.1.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_4_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.4/30"
}

# r011: egress tcp/443 10.30.1.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_8_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.8/29"
}

# r011: egress tcp/443 10.30.1.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_16_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.16/28"
}

# r011: egress tcp/443 10.30.1.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_32_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.32/27"
}

# r011: egress tcp/443 10.30.1.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_64_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.64/26"
}

# r011: egress tcp/443 10.30.1.128/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_128_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.128/28"
}

# r011: egress tcp/443 10.30.1.144/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_144_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.144/31"
}

# r011: egress tcp/443 10.30.1.146/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_146_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.146/32"
}

# r011: egress tcp/443 10.30.1.247/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_247_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.247/32"
}

# r011: egress tcp/443 10.30.1.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_248_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.248/30"
}

# r011: egress tcp/443 10.30.1.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_252_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.252/31"
}

# r011: egress tcp/443 10.30.1.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_254_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.254/32"
}

# r011: egress tcp/443 10.30.2.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_1_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.1/32"
}

# r011: egress tcp/443 10.30.2.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_2_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.2/31"
}

# r011: egress tcp/443 10.30.2.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_4_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.4/30"
}

# r011: egress tcp/443 10.30.2.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_8_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.8/29"
}

# r011: egress tcp/443 10.30.2.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_16_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.16/28"
}

# r011: egress tcp/443 10.30.2.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_32_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.32/27"
}

# r011: egress tcp/443 10.30.2.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_64_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.64/26"
}

# r011: egress tcp/443 10.30.2.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_128_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.128/26"
}

# r011: egress tcp/443 10.30.2.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_192_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.192/27"
}

# r011: egress tcp/443 10.30.2.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_224_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.224/28"
}

# r011: egress tcp/443 10.30.2.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_240_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.240/29"
}

# r011: egress tcp/443 10.30.2.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_248_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.248/30"
}

# r011: egress tcp/443 10.30.2.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_252_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.252/31"
}

# r011: egress tcp/443 10.30.2.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_2_254_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.2.254/32"
}

# r011: egress tcp/443 10.30.3.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_1_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.1/32"
}

# r011: egress tcp/443 10.30.3.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_2_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.2/31"
}

# r011: egress tcp/443 10.30.3.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_4_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.4/30"
}

# r011: egress tcp/443 10.30.3.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_8_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.8/29"
}

# r011: egress tcp/443 10.30.3.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_16_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.16/28"
}

# r011: egress tcp/443 10.30.3.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_32_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.32/27"
}

# r011: egress tcp/443 10.30.3.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_64_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.64/26"
}

# r011: egress tcp/443 10.30.3.128/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_128_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.128/29"
}

# r011: egress tcp/443 10.30.3.136/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_136_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.136/31"
}

# r011: egress tcp/443 10.30.3.138/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_138_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.138/32"
}

# r011: egress tcp/443 10.30.3.239/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_239_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.239/32"
}

# r011: egress tcp/443 10.30.3.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_240_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.240/29"
}

# r011: egress tcp/443 10.30.3.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_248_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.248/30"
}

# r011: egress tcp/443 10.30.3.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_252_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.252/31"
}

# r011: egress tcp/443 10.30.3.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_254_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.254/32"
}

# r011: egress tcp/443 10.30.4.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_1_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.1/32"
}

# r011: egress tcp/443 10.30.4.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_2_31" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.2/31"
}

# r011: egress tcp/443 10.30.4.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_4_30" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.4/30"
}

# r011: egress tcp/443 10.30.4.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_8_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.8/29"
}

# r011: egress tcp/443 10.30.4.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_16_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.16/28"
}

# r011: egress tcp/443 10.30.4.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_32_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.32/27"
}

# r011: egress tcp/443 10.30.4.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_64_26" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.64/26"
}

# r011: egress tcp/443 10.30.4.128/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_128_27" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.128/27"
}

# r011: egress tcp/443 10.30.4.160/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_160_28" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.160/28"
}

# r011: egress tcp/443 10.30.4.176/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_176_29" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.176/29"
}

# r011: egress tcp/443 10.30.4.184/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_4_184_32" {
  security_group_id = var.security_group_id
  description       = "r011 vmware-esxi-file-recovery (2.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.4.184/32"
}

# r012: egress tcp/902 10.30.0.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_1_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.1/32"
}

# r012: egress tcp/902 10.30.0.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_2_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.2/31"
}

# r012: egress tcp/902 10.30.0.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_4_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.4/30"
}

# r012: egress tcp/902 10.30.0.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_8_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.8/29"
}

# r012: egress tcp/902 10.30.0.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_16_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.16/28"
}

# r012: egress tcp/902 10.30.0.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_32_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.32/27"
}

# r012: egress tcp/902 10.30.0.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_64_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.64/26"
}

# r012: egress tcp/902 10.30.0.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_128_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.128/26"
}

# r012: egress tcp/902 10.30.0.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_192_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.192/27"
}

# r012: egress tcp/902 10.30.0.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_224_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.224/28"
}

# r012: egress tcp/902 10.30.0.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_240_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.240/29"
}

# r012: egress tcp/902 10.30.0.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_248_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.248/30"
}

# r012: egress tcp/902 10.30.0.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_252_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.252/31"
}

# r012: egress tcp/902 10.30.0.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_0_254_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.0.254/32"
}

# r012: egress tcp/902 10.30.1.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_1_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.1/32"
}

# r012: egress tcp/902 10.30.1.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_2_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.2/31"
}

# r012: egress tcp/902 10.30.1.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_4_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.4/30"
}

# r012: egress tcp/902 10.30.1.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_8_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.8/29"
}

# r012: egress tcp/902 10.30.1.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_16_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.16/28"
}

# r012: egress tcp/902 10.30.1.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_32_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.32/27"
}

# r012: egress tcp/902 10.30.1.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_64_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.64/26"
}

# r012: egress tcp/902 10.30.1.128/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_128_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.128/28"
}

# r012: egress tcp/902 10.30.1.144/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_144_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.144/31"
}

# r012: egress tcp/902 10.30.1.146/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_146_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.146/32"
}

# r012: egress tcp/902 10.30.1.247/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_247_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.247/32"
}

# r012: egress tcp/902 10.30.1.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_248_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.248/30"
}

# r012: egress tcp/902 10.30.1.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_252_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.252/31"
}

# r012: egress tcp/902 10.30.1.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_254_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.254/32"
}

# r012: egress tcp/902 10.30.2.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_1_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.1/32"
}

# r012: egress tcp/902 10.30.2.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_2_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.2/31"
}

# r012: egress tcp/902 10.30.2.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_4_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.4/30"
}

# r012: egress tcp/902 10.30.2.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_8_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.8/29"
}

# r012: egress tcp/902 10.30.2.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_16_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.16/28"
}

# r012: egress tcp/902 10.30.2.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_32_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.32/27"
}

# r012: egress tcp/902 10.30.2.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_64_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.64/26"
}

# r012: egress tcp/902 10.30.2.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_128_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.128/26"
}

# r012: egress tcp/902 10.30.2.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_192_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.192/27"
}

# r012: egress tcp/902 10.30.2.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_224_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.224/28"
}

# r012: egress tcp/902 10.30.2.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_240_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.240/29"
}

# r012: egress tcp/902 10.30.2.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_248_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.248/30"
}

# r012: egress tcp/902 10.30.2.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_252_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.252/31"
}

# r012: egress tcp/902 10.30.2.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_2_254_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.2.254/32"
}

# r012: egress tcp/902 10.30.3.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_1_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.1/32"
}

# r012: egress tcp/902 10.30.3.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_2_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.2/31"
}

# r012: egress tcp/902 10.30.3.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_4_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.4/30"
}

# r012: egress tcp/902 10.30.3.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_8_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.8/29"
}

# r012: egress tcp/902 10.30.3.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_16_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.16/28"
}

# r012: egress tcp/902 10.30.3.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_32_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.32/27"
}

# r012: egress tcp/902 10.30.3.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_64_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.64/26"
}

# r012: egress tcp/902 10.30.3.128/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_128_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.128/29"
}

# r012: egress tcp/902 10.30.3.136/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_136_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.136/31"
}

# r012: egress tcp/902 10.30.3.138/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_138_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.138/32"
}

# r012: egress tcp/902 10.30.3.239/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_239_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.239/32"
}

# r012: egress tcp/902 10.30.3.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_240_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.240/29"
}

# r012: egress tcp/902 10.30.3.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_248_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.248/30"
}

# r012: egress tcp/902 10.30.3.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_252_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.252/31"
}

# r012: egress tcp/902 10.30.3.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_254_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.254/32"
}

# r012: egress tcp/902 10.30.4.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_1_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.1/32"
}

# r012: egress tcp/902 10.30.4.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_2_31" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.2/31"
}

# r012: egress tcp/902 10.30.4.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_4_30" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.4/30"
}

# r012: egress tcp/902 10.30.4.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_8_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.8/29"
}

# r012: egress tcp/902 10.30.4.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_16_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.16/28"
}

# r012: egress tcp/902 10.30.4.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_32_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.32/27"
}

# r012: egress tcp/902 10.30.4.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_64_26" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.64/26"
}

# r012: egress tcp/902 10.30.4.128/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_128_27" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.128/27"
}

# r012: egress tcp/902 10.30.4.160/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_160_28" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.160/28"
}

# r012: egress tcp/902 10.30.4.176/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_176_29" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.176/29"
}

# r012: egress tcp/902 10.30.4.184/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_4_184_32" {
  security_group_id = var.security_group_id
  description       = "r012 vmware-esxi-vadp (2.3): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.4.184/32"
}

# r013: egress tcp/50051 10.40.0.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_1_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.1/32"
}

# r013: egress tcp/50051 10.40.0.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_2_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.2/31"
}

# r013: egress tcp/50051 10.40.0.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_4_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.4/30"
}

# r013: egress tcp/50051 10.40.0.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_8_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.8/29"
}

# r013: egress tcp/50051 10.40.0.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_16_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.16/28"
}

# r013: egress tcp/50051 10.40.0.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_32_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.32/27"
}

# r013: egress tcp/50051 10.40.0.64/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_64_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.64/27"
}

# r013: egress tcp/50051 10.40.0.96/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_96_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.96/28"
}

# r013: egress tcp/50051 10.40.0.112/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_112_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.112/29"
}

# r013: egress tcp/50051 10.40.0.120/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_40_0_120_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.40.0.120/32"
}

# r013: egress tcp/50051 10.50.0.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_1_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.1/32"
}

# r013: egress tcp/50051 10.50.0.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_2_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.2/31"
}

# r013: egress tcp/50051 10.50.0.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_4_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.4/30"
}

# r013: egress tcp/50051 10.50.0.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_8_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.8/29"
}

# r013: egress tcp/50051 10.50.0.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_16_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.16/28"
}

# r013: egress tcp/50051 10.50.0.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_32_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.32/27"
}

# r013: egress tcp/50051 10.50.0.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_64_26" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.64/26"
}

# r013: egress tcp/50051 10.50.0.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_128_26" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.128/26"
}

# r013: egress tcp/50051 10.50.0.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_192_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.192/27"
}

# r013: egress tcp/50051 10.50.0.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_224_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.224/28"
}

# r013: egress tcp/50051 10.50.0.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_240_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.240/29"
}

# r013: egress tcp/50051 10.50.0.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_248_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.248/30"
}

# r013: egress tcp/50051 10.50.0.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_252_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.252/31"
}

# r013: egress tcp/50051 10.50.0.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_0_254_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.0.254/32"
}

# r013: egress tcp/50051 10.50.1.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_1_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.1/32"
}

# r013: egress tcp/50051 10.50.1.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_2_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.2/31"
}

# r013: egress tcp/50051 10.50.1.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_4_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.4/30"
}

# r013: egress tcp/50051 10.50.1.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_8_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.8/29"
}

# r013: egress tcp/50051 10.50.1.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_16_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.16/28"
}

# r013: egress tcp/50051 10.50.1.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_32_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.32/27"
}

# r013: egress tcp/50051 10.50.1.64/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_64_26" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.64/26"
}

# r013: egress tcp/50051 10.50.1.128/26
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_128_26" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.128/26"
}

# r013: egress tcp/50051 10.50.1.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_192_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.192/27"
}

# r013: egress tcp/50051 10.50.1.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_224_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.224/28"
}

# r013: egress tcp/50051 10.50.1.240/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_240_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.240/29"
}

# r013: egress tcp/50051 10.50.1.248/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_248_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.248/30"
}

# r013: egress tcp/50051 10.50.1.252/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_252_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.252/31"
}

# r013: egress tcp/50051 10.50.1.254/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_1_254_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.1.254/32"
}

# r013: egress tcp/50051 10.50.2.1/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_1_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.1/32"
}

# r013: egress tcp/50051 10.50.2.2/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_2_31" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.2/31"
}

# r013: egress tcp/50051 10.50.2.4/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_4_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.4/30"
}

# r013: egress tcp/50051 10.50.2.8/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_8_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.8/29"
}

# r013: egress tcp/50051 10.50.2.16/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_16_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.16/28"
}

# r013: egress tcp/50051 10.50.2.32/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_32_27" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.32/27"
}

# r013: egress tcp/50051 10.50.2.64/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_64_28" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.64/28"
}

# r013: egress tcp/50051 10.50.2.80/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_80_29" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.80/29"
}

# r013: egress tcp/50051 10.50.2.88/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_88_30" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.88/30"
}

# r013: egress tcp/50051 10.50.2.92/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_50051_10_50_2_92_32" {
  security_group_id = var.security_group_id
  description       = "r013 hyperv-agent,physical-agent,oracle-agent,mssql-agent (3.2 6.1 8.1 9.1): Backup and recovery through the Cohesity agent"
  ip_protocol       = "tcp"
  from_port         = 50051
  to_port           = 50051
  cidr_ipv4         = "10.50.2.92/32"
}

# r015: egress tcp/443 10.30.1.197/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_197_32" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.197/32"
}

# r015: egress tcp/443 10.30.1.198/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_198_31" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.198/31"
}

# r015: egress tcp/443 10.30.1.200/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_200_29" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.200/29"
}

# r015: egress tcp/443 10.30.1.208/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_208_28" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.208/28"
}

# r015: egress tcp/443 10.30.1.224/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_224_28" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.224/28"
}

# r015: egress tcp/443 10.30.1.240/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_240_30" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.240/30"
}

# r015: egress tcp/443 10.30.1.244/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_244_31" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.244/31"
}

# r015: egress tcp/443 10.30.1.246/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_246_32" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.246/32"
}

# r015: egress tcp/443 10.30.3.189/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_189_32" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.189/32"
}

# r015: egress tcp/443 10.30.3.190/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_190_31" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.190/31"
}

# r015: egress tcp/443 10.30.3.192/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_192_27" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.192/27"
}

# r015: egress tcp/443 10.30.3.224/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_224_29" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.224/29"
}

# r015: egress tcp/443 10.30.3.232/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_232_30" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.232/30"
}

# r015: egress tcp/443 10.30.3.236/31
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_236_31" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.236/31"
}

# r015: egress tcp/443 10.30.3.238/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_238_32" {
  security_group_id = var.security_group_id
  description       = "r015 vmc-esxi-file-recovery (4.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.238/32"
}

# r016 r019: egress tcp/0-65535 0.0.0.0/0
resource "aws_vpc_security_group_egress_rule" "egress_tcp_0_65535_0_0_0_0_0" {
  security_group_id = var.security_group_id
  description       = "r016 vmc-compute-any (4.3): Backup and recovery traffic into the SDDC"
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv4         = "0.0.0.0/0"
}

# r016 r019: egress tcp/0-65535 ::/0
resource "aws_vpc_security_group_egress_rule" "egress_tcp_0_65535____0" {
  security_group_id = var.security_group_id
  description       = "r016 vmc-compute-any (4.3): Backup and recovery traffic into the SDDC"
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv6         = "::/0"
}

# r018: egress tcp/443 10.30.1.147/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_147_32" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.147/32"
}

# r018: egress tcp/443 10.30.1.148/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_148_30" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.148/30"
}

# r018: egress tcp/443 10.30.1.152/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_152_29" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.152/29"
}

# r018: egress tcp/443 10.30.1.160/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_160_27" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.160/27"
}

# r018: egress tcp/443 10.30.1.192/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_192_30" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.192/30"
}

# r018: egress tcp/443 10.30.1.196/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_1_196_32" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.1.196/32"
}

# r018: egress tcp/443 10.30.3.139/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_139_32" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.139/32"
}

# r018: egress tcp/443 10.30.3.140/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_140_30" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.140/30"
}

# r018: egress tcp/443 10.30.3.144/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_144_28" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.144/28"
}

# r018: egress tcp/443 10.30.3.160/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_160_28" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.160/28"
}

# r018: egress tcp/443 10.30.3.176/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_176_29" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.176/29"
}

# r018: egress tcp/443 10.30.3.184/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_184_30" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.184/30"
}

# r018: egress tcp/443 10.30.3.188/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_443_10_30_3_188_32" {
  security_group_id = var.security_group_id
  description       = "r018 avs-esxi-file-recovery (5.2): File and folder recovery through VMware Tools, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.30.3.188/32"
}

# r020: egress tcp/902 10.30.1.147/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_147_32" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.147/32"
}

# r020: egress tcp/902 10.30.1.148/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_148_30" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.148/30"
}

# r020: egress tcp/902 10.30.1.152/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_152_29" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.152/29"
}

# r020: egress tcp/902 10.30.1.160/27
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_160_27" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.160/27"
}

# r020: egress tcp/902 10.30.1.192/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_192_30" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.192/30"
}

# r020: egress tcp/902 10.30.1.196/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_1_196_32" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.1.196/32"
}

# r020: egress tcp/902 10.30.3.139/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_139_32" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.139/32"
}

# r020: egress tcp/902 10.30.3.140/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_140_30" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.140/30"
}

# r020: egress tcp/902 10.30.3.144/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_144_28" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.144/28"
}

# r020: egress tcp/902 10.30.3.160/28
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_160_28" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.160/28"
}

# r020: egress tcp/902 10.30.3.176/29
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_176_29" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.176/29"
}

# r020: egress tcp/902 10.30.3.184/30
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_184_30" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.184/30"
}

# r020: egress tcp/902 10.30.3.188/32
resource "aws_vpc_security_group_egress_rule" "egress_tcp_902_10_30_3_188_32" {
  security_group_id = var.security_group_id
  description       = "r020 avs-esxi-vadp (5.4): VADP backup and restore traffic, to every ESXi host"
  ip_protocol       = "tcp"
  from_port         = 902
  to_port           = 902
  cidr_ipv4         = "10.30.3.188/32"
}

# r024: ingress tcp/80 10.99.0.0/24
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_0_0_24" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.0.0/24"
}

# r024: ingress tcp/80 10.99.1.10/31
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_1_10_31" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.1.10/31"
}

# r024: ingress tcp/80 10.99.1.12/30
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_1_12_30" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.1.12/30"
}

# r024: ingress tcp/80 10.99.1.16/28
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_1_16_28" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.1.16/28"
}

# r024: ingress tcp/80 10.99.1.32/29
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_1_32_29" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.1.32/29"
}

# r024: ingress tcp/80 10.99.1.40/32
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_80_10_99_1_40_32" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.99.1.40/32"
}

# r024: ingress tcp/443 10.99.0.0/24
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_0_0_24" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.0.0/24"
}

# r024: ingress tcp/443 10.99.1.10/31
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_1_10_31" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.1.10/31"
}

# r024: ingress tcp/443 10.99.1.12/30
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_1_12_30" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.1.12/30"
}

# r024: ingress tcp/443 10.99.1.16/28
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_1_16_28" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.1.16/28"
}

# r024: ingress tcp/443 10.99.1.32/29
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_1_32_29" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.1.32/29"
}

# r024: ingress tcp/443 10.99.1.40/32
resource "aws_vpc_security_group_ingress_rule" "ingress_tcp_443_10_99_1_40_32" {
  security_group_id = var.security_group_id
  description       = "r024 agent-upgrade-from-client (7.1): Agent upgrades started from the UI"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.99.1.40/32"
}
