/**
 * The narrative preview's code (with its figure popover): loaded with the first 生成, not with the
 * first screen, then kept. 生成 waits for it together with the engine, so the result is laid out in one
 * go and the view can move to it (or to the first 待填写 item below it) without the preview pushing
 * things down afterwards.
 */
type PreviewModule = typeof import("./NarrativePreview");

let loaded: PreviewModule | null = null;
let loading: Promise<PreviewModule> | null = null;

export function loadPreview(): Promise<PreviewModule> {
  loading ??= import(/* webpackChunkName: "preview" */ "./NarrativePreview").then((m) => (loaded = m));
  return loading;
}

/** The preview component once loaded (null before). */
export function loadedPreview(): PreviewModule["NarrativePreview"] | null {
  return loaded?.NarrativePreview ?? null;
}
