// Preloaded with `node --import` by cli-startup.test.ts: appends every module URL the process resolves
// to the file named by JIRGA_RECORD_IMPORTS, one a line, through a module resolve hook.
import { register } from 'node:module'

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(process.env.JIRGA_RECORD_IMPORTS, result.url + '\\n')
  return result
}`)}`,
)
