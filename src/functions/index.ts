/** Entry of the functions bundle: the runtime guard first, then every family of functions. */
import "./runtime";
import "./amount";
import "./reconcile";
import "./validate";
