/**
 * What a registry's refusal of a push means, from the CLI's output (docker, buildx and podman
 * print the registry's error code and message): ECR's IMMUTABLE tags, a missing repository, a
 * denied request. Undefined when the output says none of these.
 */
export function pushFailureHint(output: string): string | undefined {
  const immutable = /tag invalid:[^\n]*immutable/i.exec(output);
  if (immutable) {
    const named = /tag '([^']+)'/.exec(immutable[0])?.[1];
    const tag = named ? `tag ${named}` : 'the tag';
    return `the repository's tags are IMMUTABLE and ${tag} was pushed before: every push after the first fails on latest, a re-run on the commit tag. Set input 'tags' to tags that are never reused (such as only the commit SHA), or set the repository's image_tag_mutability to MUTABLE`;
  }
  if (/name unknown:[^\n]*does not exist/i.test(output)) {
    return "the repository does not exist in this registry: check input 'ecr-repository' (or the config's ecr_repository_name), its account and region, and that the infrastructure creating it was applied";
  }
  if (/\bdenied:/i.test(output)) {
    return "the registry denied the push: the role needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository in input 'ecr-repository' (and a login to that repository's registry)";
  }
  return undefined;
}
