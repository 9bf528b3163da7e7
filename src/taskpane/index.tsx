import { createRoot } from "react-dom/client";
import App from "./components/App";
import { DeliverPage } from "./components/DeliverPage";
import { DELIVER_VIEW } from "./logic/delivery";
import { onReady } from "./office-bridge";

/* global document, location */

onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const view = new URLSearchParams(location.search).get("view");
  createRoot(container).render(view === DELIVER_VIEW ? <DeliverPage /> : <App />);
});
