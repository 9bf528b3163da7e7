/*
 * Ribbon commands. In the shared runtime this file is bundled into taskpane.html (the manifest's
 * FunctionFile is Taskpane.Url). The ribbon button itself uses ShowTaskpane, so no ExecuteFunction
 * action is registered yet; add one with Office.actions.associate("name", handler) and reference it
 * from the manifest (<Action xsi:type="ExecuteFunction"><FunctionName>name</FunctionName>).
 */

/* global Office */

Office.onReady(() => {
  // Nothing to initialise yet.
});
