// Parcel 2 with its defaults (it resolves the package through its `module` field: Parcel reads
// no `exports` unless told to), from index.html.
import { bin, setup } from "./support/project.mjs";

setup({
  name: "parcel",
  title: "Parcel 2",
  build: [bin("parcel"), ["build", "index.html", "--log-level", "warn", "--no-autoinstall"]],
  quiet: (output) => !/warn|error/i.test(output),
});
