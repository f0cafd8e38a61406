/**
 * Where the plan comes from: plan JSON from an earlier step (no terraform at all), a binary plan file
 * (`terraform show`), or a fresh `terraform init` + `plan -out` + `show`. The JSON and text are written next to
 * the plan file so later steps can upload them. Terraform's own failures are returned, not thrown, so the
 * report can show them; anything else (bad JSON, a 2.x plan) is thrown as a user error naming the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@pipewright/shared/action';
import { writeOutputFile } from '@pipewright/shared/report';
import type { Logger } from '@pipewright/shared/log';
import { parsePlanSet, type RawPlan } from './plan-json.ts';
import * as terraform from './terraform.ts';
import type { TerraformPlanInputs } from './config.ts';

export interface PlanFiles {
  plan?: string;
  json?: string;
  text?: string;
}

export interface PlanSource {
  plans: RawPlan[];
  /** Per plan: the Terragrunt module folder its line named, if any. */
  labels: (string | undefined)[];
  files: PlanFiles;
  warnings: terraform.Diagnostic[];
  failure: terraform.TerraformFailure | undefined;
}

export async function obtainPlans(o: {
  inputs: TerraformPlanInputs;
  relPath: string;
  outDir: string;
  tfo: terraform.TerraformOptions;
  logger: Logger;
  signal: AbortSignal;
}): Promise<PlanSource> {
  const { inputs, relPath, outDir, tfo, logger } = o;
  const files: PlanFiles = {};
  let warnings: terraform.Diagnostic[] = [];
  try {
    let jsonText: string;
    if (inputs.planJson) {
      files.json = inputs.planJson;
      jsonText = readFileSync(inputs.planJson, 'utf8');
    } else {
      if (inputs.init)
        await logger.group(`terraform init (${relPath})`, () =>
          terraform.init(tfo, inputs.backendConfig ?? []),
        );
      files.plan = inputs.planFile ?? path.join(outDir, 'plan.tfplan');
      if (!inputs.planFile) {
        const run = await logger.group(`terraform plan (${relPath})`, () =>
          terraform.plan(tfo, {
            out: files.plan as string,
            varFiles: inputs.varFiles ?? [],
            mode: inputs.mode,
          }),
        );
        warnings = run.warnings;
      }
      const text = await terraform.showText(tfo, files.plan);
      if (text !== undefined) {
        files.text = path.join(outDir, 'plan.txt');
        // For people to read: known secrets (mask-env values, …) redacted like every file we write.
        writeOutputFile(files.text, text);
      }
      try {
        jsonText = await terraform.showJson(tfo, files.plan);
      } catch (e) {
        // `show -json` can fail where `plan` and `show` succeeded (borchero/terraform-plan-comment#117): keep
        // Terraform's own text of the plan in the report, so the reviewer still sees it.
        if (e instanceof terraform.TerraformFailure && text)
          throw new terraform.TerraformFailure(
            'show -json',
            `${e.text}\n\nThe plan as Terraform prints it:\n\n${text}`,
          );
        throw e;
      }
      files.json = path.join(outDir, 'plan.json');
      writeFileSync(files.json, jsonText);
    }
    const set = parsePlanSet(jsonText, files.json);
    return {
      plans: set.map((p) => p.plan),
      labels: set.map((p) => p.label),
      files,
      warnings,
      failure: undefined,
    };
  } catch (e) {
    if (o.signal.aborted)
      throw new UserError('Cancelled while terraform was running; nothing was reported.', { cause: e });
    if (!(e instanceof terraform.TerraformFailure)) throw e;
    return { plans: [], labels: [], files, warnings, failure: e };
  }
}
