import { installTestHooks } from '../test-hooks/background';

if (__TEST__) installTestHooks();
