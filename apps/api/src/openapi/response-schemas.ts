import { join, relative } from 'node:path';
import * as ts from 'typescript';
import {
  AnyType,
  createFormatter,
  createParser,
  DEFAULT_CONFIG,
  SchemaGenerator,
  type CompletedConfig,
  type SubNodeParser,
} from 'ts-json-schema-generator';
import type { OperationAnswer, ResponseSchemas } from '../http/openapi-responses';

export const ROOT = join(__dirname, '../../../..');
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** The error body every route answers with (see DomainErrorFilter). */
const PROBLEM = { file: 'apps/api/src/http/problem.ts', name: 'Problem' };

/**
 * Exported types become named schemas, their doc comments descriptions; objects take no field
 * their type does not name (`additionalProperties: false`), so an answer with a field its type
 * does not declare fails validation, as one missing a field does. `npm run typecheck` checks the
 * types; a function in an answer's type is an error.
 */
const SCHEMA_CONFIG: CompletedConfig = { ...DEFAULT_CONFIG, skipTypeCheck: true, encodeRefs: false, functions: 'fail' };

/**
 * JSON values (an event's data, a problem's details) are documented as any JSON, not as the union
 * they are: openapi-typescript makes no TypeScript of a union that holds arrays of itself.
 */
const ANY_JSON: SubNodeParser = {
  supportsNode: (node) => ts.isTypeAliasDeclaration(node) && node.name.text === 'JsonValue',
  createType: () => new AnyType(),
};

/**
 * The JSON Schema of every route's answer, derived from what its handler's return type says (the
 * types the read sides and the command gateway return), so that the documented answer cannot
 * drift from the code. A handler must answer a named, exported type (or an array of one, or text);
 * an anonymous type is refused, naming the handler.
 */
export function deriveResponseSchemas(): ResponseSchemas {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'apps/api/tsconfig.app.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const roots = new Map<string, ts.Node>();
  const operations: Record<string, OperationAnswer> = {};
  const refused: string[] = [];

  const nameOf = (type: ts.Type, where: string): string => {
    const symbol =
      type.aliasSymbol && !type.aliasTypeArguments?.length ? type.aliasSymbol : type.isClassOrInterface() ? type.symbol : undefined;
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration || !isExported(declaration))
      throw new Error(`${where} answers ${checker.typeToString(type)}: give it a named, exported type where it is made`);
    const named = roots.get(symbol.name);
    if (named && named !== declaration) throw new Error(`${where}: two types of answers are named ${symbol.name}; rename one`);
    roots.set(symbol.name, declaration);
    return symbol.name;
  };
  const schemaOf = (type: ts.Type, where: string): NonNullable<OperationAnswer['json']> => {
    if (type.aliasSymbol?.name === 'JsonBytes') return schemaOf(type.aliasTypeArguments![0], where);
    if (checker.isArrayType(type)) return { type: 'array', items: schemaOf(checker.getTypeArguments(type as ts.TypeReference)[0], where) };
    return { $ref: `#/components/schemas/${nameOf(type, where)}` };
  };

  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !config.fileNames.includes(file.fileName)) continue;
    for (const controller of file.statements.filter(ts.isClassDeclaration)) {
      if (!controller.name || !decoratorNames(controller).includes('Controller')) continue;
      for (const handler of controller.members.filter(ts.isMethodDeclaration)) {
        if (!decoratorNames(handler).some((name) => HTTP_METHODS.has(name))) continue;
        const operationId = `${controller.name.text}_${handler.name.getText()}`;
        const returned = checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(handler)!);
        const answer = checker.getAwaitedType(returned) ?? returned;
        const where = `${operationId} (${relative(ROOT, file.fileName)})`;
        const parts = answer.isUnion() && !answer.aliasSymbol ? answer.types : [answer];
        const text = parts.some((part) => part.flags & ts.TypeFlags.StringLike);
        try {
          const json = parts.filter((part) => !(part.flags & ts.TypeFlags.StringLike)).map((part) => schemaOf(part, where));
          operations[operationId] = {
            ...(json.length ? { json: json.length === 1 ? json[0] : { anyOf: json } } : {}),
            ...(text ? { text } : {}),
          };
        } catch (error) {
          refused.push((error as Error).message);
        }
      }
    }
  }
  if (refused.length) throw new Error(`Routes whose answer has no schema:\n  ${refused.join('\n  ')}`);
  const problem = program
    .getSourceFile(join(ROOT, PROBLEM.file))
    ?.statements.find((statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === PROBLEM.name);
  if (!problem) throw new Error(`No interface ${PROBLEM.name} in ${PROBLEM.file}`);
  roots.set(PROBLEM.name, problem);

  const parser = createParser(program, SCHEMA_CONFIG, (chain) => chain.addNodeParser(ANY_JSON));
  const generator = new SchemaGenerator(program, parser, createFormatter(SCHEMA_CONFIG), SCHEMA_CONFIG);
  const { definitions = {} } = generator.createSchemaFromNodes([...roots.values()]);
  const schemas = JSON.parse(
    JSON.stringify(definitions).replaceAll('"#/definitions/', '"#/components/schemas/'),
  ) as ResponseSchemas['schemas'];
  return { operations: sortedByKey(operations), schemas: sortedByKey(schemas) };
}

function decoratorNames(node: ts.HasDecorators): string[] {
  return (ts.getDecorators(node) ?? []).flatMap((decorator) =>
    ts.isCallExpression(decorator.expression) && ts.isIdentifier(decorator.expression.expression)
      ? [decorator.expression.expression.text]
      : [],
  );
}

const isExported = (declaration: ts.Declaration) =>
  ts.canHaveModifiers(declaration) && (ts.getModifiers(declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const sortedByKey = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
