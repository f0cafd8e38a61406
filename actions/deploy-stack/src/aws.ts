import { CloudFormationClient } from './cloudformation.ts';
import { describeThrown, UserError } from '@pipewright/shared/action';
import type { DeployConfig } from './config.ts';
import { tagOperations } from './failures.ts';
import { templateUrl } from './template.ts';

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i;

/** The CloudFormation endpoint in force: the input, else the SDK's own environment variables. */
export function effectiveEndpoint(
  cfg: Pick<DeployConfig, 'endpoint'>,
  env: NodeJS.ProcessEnv,
): string | undefined {
  return cfg.endpoint ?? env.AWS_ENDPOINT_URL_CLOUDFORMATION ?? env.AWS_ENDPOINT_URL;
}

function hasCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.AWS_ACCESS_KEY_ID ||
    env.AWS_PROFILE ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE ||
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  );
}

/**
 * An emulator on loopback (moto, the test fake) accepts any signature: with no credentials configured the
 * client signs with placeholders instead of walking the provider chain (which would end at the EC2
 * metadata service). A non-loopback endpoint (e.g. a VPC endpoint) always uses the real chain.
 */
function credentialsFor(endpoint: string | undefined, env: NodeJS.ProcessEnv) {
  if (endpoint && LOOPBACK.test(endpoint) && !hasCredentials(env))
    return { credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' } };
  return {};
}

export function createCloudFormationClient(cfg: DeployConfig, env: NodeJS.ProcessEnv): CloudFormationClient {
  const endpoint = effectiveEndpoint(cfg, env);
  const client = new CloudFormationClient({
    region: cfg.region,
    ...(cfg.endpoint ? { endpoint: cfg.endpoint } : {}),
    ...credentialsFor(endpoint, env),
    // The pacer retries (throttling-aware, ≤ 1 call/s); SDK retries would bypass it.
    maxAttempts: 1,
  });
  // Every error names the API call it came from, for failures.ts to explain.
  tagOperations(client);
  return client;
}

/** S3 upload of a large template; the S3 client is loaded only when a template needs it. */
export function s3Uploader(cfg: DeployConfig, env: NodeJS.ProcessEnv) {
  return async (bucket: string, key: string, body: string): Promise<string> => {
    const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
    const endpoint =
      env.AWS_ENDPOINT_URL_S3 ?? (cfg.endpoint && LOOPBACK.test(cfg.endpoint) ? cfg.endpoint : undefined);
    const s3 = new S3Client({
      region: cfg.region,
      ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
      ...credentialsFor(endpoint, env),
    });
    try {
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/x-yaml' }),
      );
    } catch (e) {
      throw new UserError(`Uploading the template to s3://${bucket}/${key} failed: ${describeThrown(e)}`, {
        hint: 'The role needs s3:PutObject on the bucket, and the bucket must be in the stack’s region.',
      });
    }
    return templateUrl(bucket, key, cfg.region, endpoint);
  };
}
