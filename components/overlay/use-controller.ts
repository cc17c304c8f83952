import { useEffect, useState } from 'preact/hooks';
import type { ControllerState, EditorController } from '../../lib/content/controller';

/** Subscribes a component to the controller's state. */
export function useControllerState(c: EditorController): ControllerState {
  const [s, set] = useState(c.state);
  useEffect(() => c.subscribe(set), [c]);
  return s;
}
