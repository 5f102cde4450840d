// The AWS regions portplan knows, to catch a misspelt `cloud.region` before it reaches a firewall rule.

/**
 * Region codes of the commercial (`aws`) and GovCloud (`aws-us-gov`) partitions: those whose S3
 * endpoints are `*.s3.<region>.amazonaws.com`, the names the vendor's data-path row opens.
 *
 * Where it came from (looked up 2026-11-27): the partition list of the AWS SDK for JavaScript v3
 * (`packages/util-endpoints/src/lib/aws/partitions.json` in aws/aws-sdk-js-v3), plus the two
 * regions AWS's page "AWS Region billing codes"
 * (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-region-billing-codes.html)
 * lists that this copy of the SDK did not yet have: ap-east-2 (Taipei) and ap-southeast-6 (New
 * Zealand). The isolated partitions (ISO, European Sovereign Cloud) are left out: an inventory
 * for one of them says `regionUnlisted: true`, as for a region opened after this list was made.
 */
export const AWS_REGIONS: readonly string[] = [
  // aws: commercial
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  // aws-us-gov: GovCloud
  'us-gov-east-1',
  'us-gov-west-1',
];

/**
 * Region codes of the China (`aws-cn`) partition, from the same SDK list. Their S3 endpoints end
 * in `.amazonaws.com.cn`, which the vendor's `*.s3.<region>.amazonaws.com` does not cover, so they
 * are refused unless `regionUnlisted: true` says the user takes that on.
 */
export const AWS_CHINA_REGIONS: readonly string[] = ['cn-north-1', 'cn-northwest-1'];
