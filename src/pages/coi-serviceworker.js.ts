/**
 * The coi-serviceworker package, served at the base root so that its scope is the whole site: on
 * a host that cannot send COOP/COEP (GitHub Pages) it adds them, so the matmul lab's workers can
 * share memory. Built from node_modules, so there is no copy to drift from the package.
 */
import source from 'coi-serviceworker/coi-serviceworker.min.js?raw';

export const GET = () => new Response(source, { headers: { 'Content-Type': 'text/javascript' } });
