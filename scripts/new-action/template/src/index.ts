import { runAction } from '@pipewright/shared/action';
import { main } from './main.ts';

await runAction(main);
