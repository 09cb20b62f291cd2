/** pg-boss's internal job manager (no types of its own): boss.ts guards two of its methods (timgit/pg-boss#577). */
declare module "pg-boss/src/manager.js" {
  import type { EventEmitter } from "node:events";
  const Manager: { prototype: EventEmitter };
  export default Manager;
}
