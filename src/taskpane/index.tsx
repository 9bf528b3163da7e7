import { createRoot } from "react-dom/client";
import App from "./components/App";

/* global document, Office */

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App />);
});
